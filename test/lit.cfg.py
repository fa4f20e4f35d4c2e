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
config.substitutions.append(("%medi_trace", f"{obj}/tools/medi-trace"))
config.substitutions.append(("%check_trace", f"python3 {src}/test/trace/check_trace.py"))
config.substitutions.append(("%medi_example_ir", f"{src}/examples"))
config.substitutions.append(("%medi_examples", f"{obj}/examples"))
config.substitutions.append(("%medi_obj_root", obj))
config.substitutions.append(("%medi_src_root", src))
config.substitutions.append(("%medi_libdir", config.medi_libdir))
config.substitutions.append(("%cmake", config.medi_cmake))
config.substitutions.append(("%host_cxx", config.medi_cxx_compiler))
config.substitutions.append(("%host_cc", config.medi_c_compiler))

# MLIR's async dialect on libmedi_async_runtime (test/async/): the library, LLVM's own for
# comparison, the runner utilities the programs print with, and the lowering MLIR's own async
# tests use (async-parallel-for, when a test wants it, goes before it).
llvm_lib = os.path.join(os.path.dirname(config.llvm_tools_dir), "lib")
config.substitutions.append(
    ("%medi_async_runtime_a", f"{obj}/runtime/async/libmedi_async_runtime.a "
                              f"{obj}/runtime/libmedi_runtime.a {config.medi_runtime_link_flags}"))
config.substitutions.append(("%medi_async_runtime", f"{obj}/runtime/async/libmedi_async_runtime.so"))
config.substitutions.append(("%llvm_async_runtime", f"{llvm_lib}/libmlir_async_runtime.so"))
config.substitutions.append(("%mlir_c_runner_utils", f"{llvm_lib}/libmlir_c_runner_utils.so"))
config.substitutions.append(("%mlir_runner_utils", f"{llvm_lib}/libmlir_runner_utils.so"))
config.substitutions.append(("%llvm_libdir", llvm_lib))
config.substitutions.append(
    ("%async_to_llvm",
     "-pass-pipeline='builtin.module(async-func-to-async-runtime,async-to-async-runtime,"
     "func.func(async-runtime-ref-counting,async-runtime-ref-counting-opt),"
     "convert-async-to-llvm,func.func(convert-scf-to-cf,arith-expand),convert-vector-to-llvm,"
     "finalize-memref-to-llvm,func.func(convert-arith-to-llvm),convert-func-to-llvm,"
     "convert-cf-to-llvm,reconcile-unrealized-casts)'"))
config.substitutions.append(
    ("%mlir_run", f"mlir-cpu-runner -e main -entry-point-result=void "
                  f"-shared-libs={llvm_lib}/libmlir_c_runner_utils.so "
                  f"-shared-libs={llvm_lib}/libmlir_runner_utils.so"))
if config.medi_have_async_runtime:
    config.available_features.add("async_runtime")

# Distributed channels under mpirun (as root, Open MPI needs its consent variables; 4 ranks
# oversubscribe 2 cores; shared memory and loopback only). A job that has not ended after two
# minutes (the slowest takes seconds) is stopped: mpirun passes the SIGTERM on, each rank reports
# the channels it still had open, and the test fails with exit status 124 and those reports.
if config.medi_mpirun:
    config.available_features.add("mpi")
    config.environment["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
    config.environment["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
    config.substitutions.append(
        ("%mpirun", f"timeout --kill-after=10 120 {config.medi_mpirun} "
                    "--oversubscribe --mca btl self,vader,tcp"))

# Any test that hangs fails on its own, named, rather than running the whole suite into ctest's
# limit (lit needs psutil to stop a test's processes; --timeout on the command line wins).
if lit_config.maxIndividualTestTime == 0 and lit_config.maxIndividualTestTimeIsSupported[0]:
    lit_config.maxIndividualTestTime = 300

if config.medi_enable_rt_zones:
    config.available_features.add("rt_zones")
if config.medi_enable_gc:
    config.available_features.add("gc")
if shutil.which("pkg-config"):
    config.available_features.add("pkg-config")
