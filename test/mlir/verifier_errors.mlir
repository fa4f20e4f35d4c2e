// Each verifier of the medi dialect reports at the operation it rejects.
// RUN: %medi_opt %s -split-input-file -verify-diagnostics

func.func @send_wrong_type(%tx: !medi.sender<i64>, %v: i32) {
  // expected-error @+1 {{failed to verify that the value's type is the sender's element type}}
  %s = "medi.send"(%tx, %v) : (!medi.sender<i64>, i32) -> i32
  return
}

// -----

func.func @recv_wrong_type(%rx: !medi.receiver<i64>) {
  // expected-error @+1 {{failed to verify that the value's type is the receiver's element type}}
  %s, %v = "medi.recv"(%rx) : (!medi.receiver<i64>) -> (i32, f64)
  return
}

// -----

func.func @ends_disagree() {
  // expected-error @+1 {{makes a sender of 'i64' and a receiver of 'i32'; both ends carry one element type}}
  %tx, %rx = "medi.channel"() <{kind = 1 : i32}> : () -> (!medi.sender<i64>, !medi.receiver<i32>)
  return
}

// -----

func.func @negative_capacity() {
  // expected-error @+1 {{has capacity -1; a capacity is not negative (use unbounded for no bound)}}
  %tx, %rx = medi.channel bounded(-1) : i64
  return
}

// -----

func.func @bounded_without_capacity() {
  // expected-error @+1 {{is bounded and needs a capacity: bounded(<count>)}}
  %tx, %rx = medi.channel bounded : i64
  return
}

// -----

func.func @unbounded_with_capacity() {
  // expected-error @+1 {{is unbounded and takes no capacity}}
  %tx, %rx = medi.channel unbounded(4) : i64
  return
}

// -----

func.func @memref_elements() {
  // expected-error @+1 {{cannot carry 'memref<4xi64>'}}
  %tx, %rx = medi.channel unbounded : memref<4xi64>
  return
}

// -----

func.func @no_such_callee() {
  // expected-error @+1 {{@missing does not name a func.func of the module}}
  %t = medi.spawn @missing() : () -> !medi.task<none>
  return
}

// -----

func.func @takes_i64(%x: i64) {
  return
}
func.func @wrong_argument(%x: i32) {
  // expected-error @+1 {{argument 0 is 'i32' but @takes_i64 takes 'i64'}}
  %t = medi.spawn @takes_i64(%x) : (i32) -> !medi.task<none>
  return
}

// -----

func.func @takes_i64(%x: i64) {
  return
}
func.func @wrong_arity() {
  // expected-error @+1 {{passes 0 argument(s) to @takes_i64, which takes 1}}
  %t = medi.spawn @takes_i64() : () -> !medi.task<none>
  return
}

// -----

func.func @returns_i64() -> i64 {
  %c = arith.constant 1 : i64
  return %c : i64
}
func.func @wrong_task_type() {
  // expected-error @+1 {{makes a task returning 'i32' but @returns_i64 returns 'i64'}}
  %t = medi.spawn @returns_i64() : () -> !medi.task<i32>
  return
}

// -----

func.func @copies_memref(%m: memref<4xi64>) {
  return
}
func.func @memref_argument(%m: memref<4xi64>) {
  // expected-error @+1 {{argument 0 has type 'memref<4xi64>', which cannot be copied to a task}}
  %t = medi.spawn @copies_memref(%m) : (memref<4xi64>) -> !medi.task<none>
  return
}

// -----

func.func @returns_i64() -> i64 {
  %c = arith.constant 1 : i64
  return %c : i64
}
func.func @detach_with_result() {
  %t = medi.spawn @returns_i64() : () -> !medi.task<i64>
  // expected-error @+1 {{detaches a task that returns 'i64'; join it instead, or the result would be lost}}
  medi.detach %t : !medi.task<i64>
  return
}

// -----

func.func @returns_i64() -> i64 {
  %c = arith.constant 1 : i64
  return %c : i64
}
func.func @group_task_with_result(%g: !medi.group) {
  // expected-error @+1 {{@returns_i64 returns 'i64', but a group's tasks return nothing (send results on a channel)}}
  %s = medi.group.spawn %g, @returns_i64() : () -> i32
  return
}

// -----

func.func @panic_without_message() {
  // expected-error @+1 {{takes a message: a string attribute or a pointer to a NUL-terminated string, not both}}
  medi.panic
  return
}

// -----

func.func @bad_alignment(%r: !medi.region, %n: i64) {
  // expected-error @+1 {{alignment 12 is not a power of two in [1, 4096]}}
  %p = medi.region.alloc %r, %n align 12
  return
}

// -----

func.func @select_case_type(%rx: !medi.receiver<i64>) {
  // expected-error @+1 {{case 0 receives 'i64'; its block takes ('i64') or ('i64', i1), not ('f64')}}
  %s = medi.select
    recv %rx : !medi.receiver<i64> {
    ^bb0(%v: f64):
      medi.end
    }
  return
}

// -----

func.func @select_send_case_args(%tx: !medi.sender<i64>, %v: i64) {
  // expected-error @+1 {{case 0 sends; its block takes () or (i1), not ('i64')}}
  %s = medi.select
    send %tx, %v : !medi.sender<i64> {
    ^bb0(%x: i64):
      medi.end
    }
  return
}

// -----

func.func @select_wrong_end(%tx: !medi.receiver<i64>) {
  // expected-error @+2 {{a recv case takes a !medi.receiver, not '!medi.sender<i64>'}}
  %s = medi.select
    recv %tx : !medi.sender<i64> {
    }
  return
}

// -----

func.func @select_forever() {
  // expected-error @+1 {{has no case, no timeout and no default, and would wait forever}}
  %s = medi.select
  return
}

// -----

func.func @select_timeout_and_default(%rx: !medi.receiver<i64>, %ns: i64) {
  %s = medi.select
    recv %rx : !medi.receiver<i64> {
    ^bb0(%v: i64):
    }
    timeout %ns {
    }
    // expected-error @+1 {{a select has one timeout or one default, not both}}
    default {
    }
  return
}

// -----

func.func @select_yields_wrong_type(%rx: !medi.receiver<i64>) -> i64 {
  %s, %r = medi.select -> i64
    recv %rx : !medi.receiver<i64> {
    ^bb0(%v: i64):
      %f = arith.constant 1.0 : f64
      // expected-error @+1 {{yields ('f64') but 'medi.select' returns ('i64')}}
      medi.end %f : f64
    }
  return %r : i64
}

// -----

func.func @join_not_a_task(%x: i64) {
  // expected-error @+1 {{operand #0 must be a spawned task whose function returns a value of the result type, but got 'i64'}}
  %s = "medi.join"(%x) : (i64) -> i32
  return
}

// -----

// expected-error @+1 {{'medi.yield' op is outside any function; runtime operations run inside one}}
medi.yield

// -----

// expected-error @+1 {{'medi.realtime' op is outside any function; runtime operations run inside one}}
medi.realtime {
}
