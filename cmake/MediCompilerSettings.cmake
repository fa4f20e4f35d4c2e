# MediCompilerSettings.cmake: compiler launcher, assertions, and the warning set for project code.

find_program(MEDI_CCACHE ccache)
if(MEDI_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_C_COMPILER_LAUNCHER "${MEDI_CCACHE}")
  set(CMAKE_CXX_COMPILER_LAUNCHER "${MEDI_CCACHE}")
endif()

# Optimised builds define NDEBUG; MEDI_ENABLE_ASSERTIONS takes it back out, as LLVM does.
if(MEDI_ENABLE_ASSERTIONS)
  foreach(config RELEASE RELWITHDEBINFO MINSIZEREL)
    foreach(lang C CXX)
      string(REGEX REPLACE "(^| )[/-]D *NDEBUG($| )" " "
        CMAKE_${lang}_FLAGS_${config} "${CMAKE_${lang}_FLAGS_${config}}")
    endforeach()
  endforeach()
endif()

# Warnings are errors in project code (not in third-party headers, which come in as SYSTEM).
function(medi_project_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
