// Misuse of the runtime ABI that LLVM's implementation asserts on or crashes with is reported
// through the Medi diagnostics pathway (op tags async.*), and the program goes on. The async
// runtime operations are written by hand here, without the reference-counting passes.
// REQUIRES: async_runtime
// RUN: mlir-opt %s -pass-pipeline='builtin.module(convert-async-to-llvm,convert-vector-to-llvm,func.func(convert-arith-to-llvm),convert-func-to-llvm,reconcile-unrealized-casts)' \
// RUN:   | %mlir_run -O0 -shared-libs=%medi_async_runtime 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPORT < %t.err

func.func @main() {
  // A token made available twice: the second is reported and ignored.
  %t = async.runtime.create : !async.token
  async.runtime.set_available %t : !async.token
  // REPORT: the token is already available
  // REPORT-SAME: op=async.emplace
  async.runtime.set_available %t : !async.token

  // Dropping more references than it has (one left after the first set_available): reported, kept alive.
  // REPORT: would take the token's reference count from 1 below zero
  // REPORT-SAME: op=async.drop_ref
  async.runtime.drop_ref %t {count = 2 : i64} : !async.token
  %e0 = async.runtime.is_error %t : !async.token
  // CHECK: 0
  vector.print %e0 : i1

  // The last reference dropped: the token is destroyed; using it again is reported, and an
  // await returns at once, the token reading as an error.
  async.runtime.drop_ref %t {count = 1 : i64} : !async.token
  // REPORT: was given a destroyed object, not a live token
  // REPORT-SAME: op=async.await
  async.runtime.await %t : !async.token
  // REPORT: mlirAsyncRuntimeIsTokenError was given a destroyed object
  // REPORT-SAME: op=async.use
  %e1 = async.runtime.is_error %t : !async.token
  // CHECK: 1
  vector.print %e1 : i1
  // REPORT: a destroyed object
  // REPORT-SAME: op=async.drop_ref
  async.runtime.drop_ref %t {count = 1 : i64} : !async.token

  // A group of one given two tokens: the second is not added.
  %c1 = arith.constant 1 : index
  %g = async.runtime.create_group %c1 : !async.group
  %a = async.runtime.create : !async.token
  %b = async.runtime.create : !async.token
  %r0 = async.runtime.add_to_group %a, %g : !async.token
  // REPORT: the group already holds its 1 tokens
  // REPORT-SAME: op=async.group
  %r1 = async.runtime.add_to_group %b, %g : !async.token
  async.runtime.set_available %a : !async.token
  async.runtime.await %g : !async.group
  // CHECK: group done
  vector.print str "group done\n"
  return
}
