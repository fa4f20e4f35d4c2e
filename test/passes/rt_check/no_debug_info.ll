; Without debug info, places are named by function: the offending call's function, the
; functions of the chain, and the zone's function.
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

; CHECK:      function 'buffer': error: 'medi.chan.create' may allocate without bound in a real-time zone
; CHECK-NEXT: note: in 'buffer' called at function 'monitor'
; CHECK-NEXT: note: zone entered at function 'monitor'
; CHECK-NEXT: note: a channel takes its buffer from the heap
; CHECK-NEXT: function 'leaky': error: the real-time zone entered here is not exited on every path out of 'leaky'
; CHECK-NEXT: note: 'leaky' returns at function 'leaky' with the zone open
; CHECK-NEXT: error: {{.*}}no_debug_info.ll: medi-rt-check: 2 real-time violations (listed above)

declare void @medi.rt.enter()
declare void @medi.rt.exit()
declare i32 @medi.chan.create(i64, i64, ptr, ptr)

define void @buffer(ptr %tx, ptr %rx) {
  %c = call i32 @medi.chan.create(i64 8, i64 16, ptr %tx, ptr %rx)
  ret void
}

define void @monitor(ptr %tx, ptr %rx) {
  call void @medi.rt.enter()
  call void @buffer(ptr %tx, ptr %rx)
  call void @medi.rt.exit()
  ret void
}

define void @leaky() {
  call void @medi.rt.enter()
  ret void
}
