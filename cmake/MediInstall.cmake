# MediInstall.cmake: `cmake --install` layout, the MediRuntime CMake package and medi-runtime.pc.
#
# A compiler backend consumes the runtime with
#   find_package(MediRuntime CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE Medi::runtime)
# or with `pkg-config --cflags --libs medi-runtime`.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(MEDI_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/MediRuntime")

install(TARGETS medi_runtime EXPORT MediRuntimeTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/medi" "${PROJECT_BINARY_DIR}/include/medi"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING PATTERN "*.h" PATTERN "*.def")

install(EXPORT MediRuntimeTargets NAMESPACE Medi:: DESTINATION "${MEDI_INSTALL_CMAKEDIR}")
configure_package_config_file(cmake/MediRuntimeConfig.cmake.in
  "${PROJECT_BINARY_DIR}/MediRuntimeConfig.cmake"
  INSTALL_DESTINATION "${MEDI_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/MediRuntimeConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/MediRuntimeConfig.cmake"
  "${PROJECT_BINARY_DIR}/MediRuntimeConfigVersion.cmake"
  DESTINATION "${MEDI_INSTALL_CMAKEDIR}")

# The .pc file locates its prefix from its own directory, so `cmake --install --prefix` anywhere works.
file(RELATIVE_PATH MEDI_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
configure_file(cmake/medi-runtime.pc.in "${PROJECT_BINARY_DIR}/medi-runtime.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/medi-runtime.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
