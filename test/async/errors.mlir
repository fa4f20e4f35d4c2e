// Errors: an execute whose body fails (cf.assert) sets its token or value to the error state;
// executes that depend on it fail without running; a group with a failed token is an error;
// await in an execute body propagates the error to the execute's own token.
// REQUIRES: async_runtime
// RUN: mlir-opt %s %async_to_llvm | %mlir_run -O0 -shared-libs=%medi_async_runtime | FileCheck %s

func.func @main() {
  %false = arith.constant false
  %true = arith.constant true
  %c2 = arith.constant 2 : index

  // A failed token.
  %failed = async.execute {
    cf.assert %false, "the body fails"
    async.yield
  }
  async.runtime.await %failed : !async.token
  %e1 = async.runtime.is_error %failed : !async.token
  // CHECK: 1
  vector.print %e1 : i1

  // A token that succeeded.
  %fine = async.execute {
    cf.assert %true, "never"
    async.yield
  }
  async.runtime.await %fine : !async.token
  %e2 = async.runtime.is_error %fine : !async.token
  // CHECK: 0
  vector.print %e2 : i1

  // A dependent execute does not run its body: its token is an error too.
  %dependent = async.execute [%failed] {
    vector.print str "dependent body ran\n"
    async.yield
  }
  async.runtime.await %dependent : !async.token
  %e3 = async.runtime.is_error %dependent : !async.token
  // CHECK-NOT: dependent body ran
  // CHECK: 1
  vector.print %e3 : i1

  // An execute that awaits the failed token inside its body fails at that await.
  %awaiting = async.execute {
    async.await %failed : !async.token
    vector.print str "after the failed await\n"
    async.yield
  }
  async.runtime.await %awaiting : !async.token
  %e4 = async.runtime.is_error %awaiting : !async.token
  // CHECK-NOT: after the failed await
  // CHECK: 1
  vector.print %e4 : i1

  // A failed value.
  %vt, %value = async.execute -> !async.value<i64> {
    cf.assert %false, "no value"
    %c = arith.constant 5 : i64
    async.yield %c : i64
  }
  async.runtime.await %value : !async.value<i64>
  %e5 = async.runtime.is_error %value : !async.value<i64>
  // CHECK: 1
  vector.print %e5 : i1

  // A group holding one failed and one good token is an error.
  %group = async.create_group %c2 : !async.group
  %r0 = async.add_to_group %fine, %group : !async.token
  %r1 = async.add_to_group %failed, %group : !async.token
  async.runtime.await %group : !async.group
  %e6 = async.runtime.is_error %group : !async.group
  // CHECK: 1
  vector.print %e6 : i1
  // CHECK: errors done
  vector.print str "errors done\n"
  return
}
