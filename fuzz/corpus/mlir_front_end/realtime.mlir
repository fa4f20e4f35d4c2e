// The real-time rules: inside medi.realtime, an operation that may block or allocate without
// bound is an error at its own location, with a note at the zone's; try-operations, a select
// with a default, region and pool allocation and arithmetic are allowed; zones nest.
// RUN: %medi_opt %s -split-input-file -verify-diagnostics

func.func @worker() {
  return
}
// One split per forbidden operation (verification stops at the first operation that fails; a
// zone reports every offender it holds, as @all_of_them shows).
func.func @forbidden_0(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.send' may block in a real-time zone: it waits while the channel is full}}
    %a = medi.send %tx, %v : !medi.sender<i64>
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_1(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.recv' may block in a real-time zone: it waits while the channel is empty}}
    %b, %bv = medi.recv %rx timeout %ns : !medi.receiver<i64>
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_2(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.spawn' may allocate without bound in a real-time zone: a new task takes a stack from the heap}}
    %t = medi.spawn @worker() : () -> !medi.task<none>
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_3(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.join' may block in a real-time zone: it waits for another task to finish}}
    %j = medi.join %task : !medi.task<none>
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_4(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.channel' may allocate without bound in a real-time zone: a channel takes its buffer from the heap}}
    %tx2, %rx2 = medi.channel bounded(4) : i64
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_5(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.sleep' may block in a real-time zone: it parks the task}}
    %s = medi.sleep %ns
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_6(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.group.wait' may block in a real-time zone: it waits for every task of the group}}
    %w = medi.group.wait %g
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_7(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.gc.alloc_unit' may allocate without bound in a real-time zone: GC allocation may start a collection}}
    %u = medi.gc.alloc_unit
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_8(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.gc.collect' may block in a real-time zone: a collection takes time proportional to the heap}}
    medi.gc.collect
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_9(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.region.create' may allocate without bound in a real-time zone: create the region before the zone}}
    %r = medi.region.create %ns
  }
  return
}

// -----

func.func @worker() {
  return
}
func.func @forbidden_10(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %v: i64, %ns: i64,
    %g: !medi.group, %task: !medi.task<none>) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.select' may block in a real-time zone: it waits until a case is ready; give it a default}}
    %sel = medi.select recv %rx : !medi.receiver<i64> {
    ^bb0(%x: i64):
    }
  }
  return
}

// -----

// Every offending operation of a zone is reported, not only the first.
func.func @all_of_them(%tx: !medi.sender<i64>, %v: i64, %ns: i64) {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'medi.send' may block}}
    %a = medi.send %tx, %v : !medi.sender<i64>
    %b = arith.addi %v, %v : i64
    // expected-error @+1 {{'medi.sleep' may block}}
    %s = medi.sleep %ns
  }
  return
}

// -----

func.func @heap_memref() {
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    // expected-error @+1 {{'memref.alloc' may allocate without bound in a real-time zone: it calls malloc; use memref.alloca or a region}}
    %m = memref.alloc() : memref<16xf64>
  }
  return
}

// -----

// Inside a loop in the zone, still the zone's.
func.func @in_a_loop(%tx: !medi.sender<i64>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-note @+1 {{the real-time zone is entered here}}
  medi.realtime {
    scf.for %i = %c0 to %n step %c1 {
      %v = arith.index_cast %i : index to i64
      // expected-error @+1 {{'medi.send' may block}}
      %s = medi.send %tx, %v : !medi.sender<i64>
    }
  }
  return
}

// -----

// A nested zone's note names the innermost zone; the outer zone reports nothing twice.
func.func @nested(%ns: i64) {
  medi.realtime {
    // expected-note @+1 {{the real-time zone is entered here}}
    medi.realtime {
      // expected-error @+1 {{'medi.sleep' may block in a real-time zone}}
      %s = medi.sleep %ns
    }
  }
  return
}

// -----

// Everything allowed: no diagnostic.
func.func @allowed(%tx: !medi.sender<i64>, %rx: !medi.receiver<i64>, %r: !medi.region,
                   %p: !medi.pool<i64>, %v: i64) -> i64 {
  %out = medi.realtime -> i64 {
    %a = medi.try_send %tx, %v : !medi.sender<i64>
    %b, %got = medi.try_recv %rx : !medi.receiver<i64>
    %sel = medi.select recv %rx : !medi.receiver<i64> {
    ^bb0(%x: i64):
    } default {
    }
    %mem = medi.region.alloc %r, %v align 8
    %slot = medi.pool.alloc %p : !medi.pool<i64>
    medi.pool.free %p, %slot : !medi.pool<i64>
    medi.region.reset %r
    %stack = memref.alloca() : memref<4xi64>
    %sum = arith.addi %got, %v : i64
    medi.realtime {
      medi.yield
    }
    medi.end %sum : i64
  }
  return %out : i64
}
