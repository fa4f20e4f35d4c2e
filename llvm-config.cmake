# llvm-config.cmake: the one place that finds LLVM 19, MLIR 19 and the LLVM test tools.
#
# Included by the top-level CMakeLists.txt when MEDI_ENABLE_LLVM is ON. It looks under
# MEDI_LLVM_ROOT (Debian's /usr/lib/llvm-19 by default), checks the major version, and when
# something is missing stops with the exact Debian packages that provide it.
#
# Sets for the rest of the build:
#   LLVM_* / MLIR_*         what LLVMConfig.cmake / MLIRConfig.cmake export
#   MEDI_HAVE_MLIR          TRUE (MLIR 19 is required with LLVM)
#   MEDI_LIT_PY             lit.py
#   MEDI_FILECHECK          FileCheck
#   MEDI_NOT                not
#   MEDI_OPT                opt
#   MEDI_CLANG, MEDI_CLANGXX clang-19 and its C++ driver

set(MEDI_LLVM_ROOT "/usr/lib/llvm-19" CACHE PATH "Root of the LLVM 19 installation")
set(MEDI_LLVM_MAJOR 19)

# Which Debian package provides what, so every failure message can name it.
set(_medi_pkg_llvm "llvm-19-dev")
set(_medi_pkg_tools "llvm-19-tools")
set(_medi_pkg_opt "llvm-19")
set(_medi_pkg_clang "clang-19")
set(_medi_pkg_mlir "libmlir-19-dev mlir-19-tools")

function(_medi_missing what packages)
  message(FATAL_ERROR
    "Medi Runtime needs ${what}, which was not found under ${MEDI_LLVM_ROOT}.\n"
    "On Debian 12 install it with:\n"
    "    apt-get install ${packages}\n"
    "(or run scripts/setup-deps, which installs everything the build needs), or point "
    "-DMEDI_LLVM_ROOT=<dir> at another LLVM ${MEDI_LLVM_MAJOR} installation.")
endfunction()

# No version in find_package: LLVMConfigVersion.cmake accepts only an exact major.minor
# ("19" is taken as 19.0 and refuses 19.1), so the major version is checked below instead.
find_package(LLVM CONFIG QUIET PATHS "${MEDI_LLVM_ROOT}/lib/cmake/llvm" NO_DEFAULT_PATH)
if(NOT LLVM_FOUND)
  _medi_missing("the LLVM ${MEDI_LLVM_MAJOR} CMake package (LLVMConfig.cmake)" "${_medi_pkg_llvm}")
endif()
if(NOT LLVM_VERSION_MAJOR EQUAL MEDI_LLVM_MAJOR)
  message(FATAL_ERROR
    "Medi Runtime targets LLVM ${MEDI_LLVM_MAJOR}, but ${LLVM_DIR} is LLVM ${LLVM_PACKAGE_VERSION}.\n"
    "Install LLVM ${MEDI_LLVM_MAJOR} with: apt-get install ${_medi_pkg_llvm}")
endif()
message(STATUS "Medi: LLVM ${LLVM_PACKAGE_VERSION} at ${LLVM_DIR}")

# MLIR: the medi dialect, medi-opt and .mlir input. As for LLVM, the major version is checked
# here. Debian's MLIRConfig.cmake sets MLIR_INCLUDE_DIR to a path of the Debian build machine;
# only MLIR_INCLUDE_DIRS (the installed headers) is used.
find_package(MLIR CONFIG QUIET PATHS "${MEDI_LLVM_ROOT}/lib/cmake/mlir" NO_DEFAULT_PATH)
if(NOT MLIR_FOUND)
  _medi_missing("the MLIR ${MEDI_LLVM_MAJOR} CMake package (MLIRConfig.cmake)" "${_medi_pkg_mlir}")
endif()
string(REGEX MATCH "^[0-9]+" _medi_mlir_major "${MLIR_VERSION}")
if(MLIR_VERSION AND NOT _medi_mlir_major EQUAL MEDI_LLVM_MAJOR)
  message(FATAL_ERROR
    "Medi Runtime targets MLIR ${MEDI_LLVM_MAJOR}, but ${MLIR_DIR} is MLIR ${MLIR_VERSION}.\n"
    "Install MLIR ${MEDI_LLVM_MAJOR} with: apt-get install ${_medi_pkg_mlir}")
endif()
if(NOT EXISTS "${MLIR_INCLUDE_DIRS}/mlir/IR/Dialect.h")
  _medi_missing("the MLIR ${MEDI_LLVM_MAJOR} headers" "${_medi_pkg_mlir}")
endif()
set(MEDI_HAVE_MLIR TRUE)
message(STATUS "Medi: MLIR ${MLIR_VERSION} at ${MLIR_DIR}")

# Tools the test suites run. LLVM_TOOLS_BINARY_DIR is ${MEDI_LLVM_ROOT}/bin on Debian.
function(_medi_find_tool var name packages)
  find_program(${var} NAMES ${name} PATHS "${LLVM_TOOLS_BINARY_DIR}" "${MEDI_LLVM_ROOT}/bin"
    NO_DEFAULT_PATH)
  if(NOT ${var})
    _medi_missing("the tool '${name}'" "${packages}")
  endif()
endfunction()

_medi_find_tool(MEDI_FILECHECK FileCheck "${_medi_pkg_tools}")
_medi_find_tool(MEDI_NOT not "${_medi_pkg_tools}")
_medi_find_tool(MEDI_OPT opt "${_medi_pkg_opt}")
_medi_find_tool(MEDI_CLANG clang-19 "${_medi_pkg_clang}")
_medi_find_tool(MEDI_CLANGXX clang++ "${_medi_pkg_clang}")

find_program(MEDI_LIT_PY NAMES lit.py PATHS "${MEDI_LLVM_ROOT}/build/utils/lit" NO_DEFAULT_PATH)
if(NOT MEDI_LIT_PY)
  _medi_missing("lit (build/utils/lit/lit.py)" "${_medi_pkg_tools}")
endif()
