// Blocking awaits nested far deeper than there are worker threads: each level's execute body
// calls a plain function that starts the next level and blocks in async.await until it is
// done. On the Medi scheduler each blocked await parks its task and frees the worker, so all
// 512 levels complete. LLVM's runtime blocks a pool thread per level, runs out of threads and
// hangs: shown here with a timeout (exit status 124).
// REQUIRES: async_runtime
// RUN: mlir-opt %s %async_to_llvm > %t.mlir
// RUN: %mlir_run -O0 -shared-libs=%medi_async_runtime < %t.mlir | FileCheck %s --check-prefix=MEDI
// RUN: bash -c 'timeout 5 %mlir_run -O0 -shared-libs=%llvm_async_runtime < %t.mlir; echo "exit status $?"' \
// RUN:   | FileCheck %s --check-prefix=LLVM

// MEDI: reached depth 0
// MEDI: all 512 levels done
// LLVM-NOT: all 512 levels done
// LLVM: exit status 124

func.func @level(%depth: i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %bottom = arith.cmpi eq, %depth, %c0 : i64
  scf.if %bottom {
    vector.print str "reached depth 0\n"
  } else {
    %next = arith.subi %depth, %c1 : i64
    %t = async.execute {
      func.call @level(%next) : (i64) -> ()
      async.yield
    }
    async.await %t : !async.token
  }
  return
}

func.func @main() {
  %depth = arith.constant 512 : i64
  func.call @level(%depth) : (i64) -> ()
  vector.print str "all 512 levels done\n"
  return
}
