# lit.cfg.py: the Medi lit suite. Tests name tools plainly (FileCheck, not, %medi_cxx, ...).
import os
import shutil

import lit.formats
from lit.llvm import llvm_config

config.name = "Medi"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".test", ".cpp", ".ll", ".mlir"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.medi_obj_root, "test")

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

src, obj = config.medi_src_root, config.medi_obj_root
# Compile a C++ test program against this build of the runtime.
config.substitutions.append(
    ("%medi_cxx", f"{config.medi_clangxx} -std=c++23 -Wall -Wextra -Werror "
                  f"-I{src}/include -I{obj}/include"))
config.substitutions.append(
    ("%medi_runtime", f"{obj}/runtime/libmedi_runtime.a {config.medi_runtime_link_flags}"))
# The pass plugin, for opt -load-pass-plugin and clang -fpass-plugin.
config.substitutions.append(("%medi_plugin", f"{obj}/passes/MediPasses.so"))
config.substitutions.append(("%clang_medi", config.medi_clang))
# The tools, and the example programs' IR.
config.substitutions.append(("%medi_run", f"{obj}/tools/medi-run"))
config.substitutions.append(("%medi_build", f"{obj}/tools/medi-build"))
config.substitutions.append(("%medi_opt", f"{obj}/tools/medi-opt"))
config.substitutions.append(("%medi_example_ir", f"{src}/examples"))
config.substitutions.append(("%medi_examples", f"{obj}/examples"))
config.substitutions.append(("%medi_obj_root", obj))
config.substitutions.append(("%medi_src_root", src))
config.substitutions.append(("%medi_libdir", config.medi_libdir))
config.substitutions.append(("%cmake", config.medi_cmake))
config.substitutions.append(("%host_cxx", config.medi_cxx_compiler))
config.substitutions.append(("%host_cc", config.medi_c_compiler))

if config.medi_enable_rt_zones:
    config.available_features.add("rt_zones")
if config.medi_enable_gc:
    config.available_features.add("gc")
if shutil.which("pkg-config"):
    config.available_features.add("pkg-config")
