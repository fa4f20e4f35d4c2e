; IR shaped as the upstream Medi compiler emits it: a real-time section between rt_begin() and
; rt_end(), calling its runtime (host_log, the GC) and a helper; the section is a zone.
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

; CHECK:      function 'main': error: 'host_log_i64' may block in a real-time zone
; CHECK-NEXT: note: zone entered at function 'main'
; CHECK-NEXT: note: it writes to standard output, which may wait for the device
; CHECK-NEXT: function 'label': error: 'medi_gc_alloc_string' may allocate without bound in a real-time zone
; CHECK-NEXT: note: in 'label' called at function 'main'
; CHECK-NEXT: note: zone entered at function 'main'
; CHECK-NEXT: note: GC allocation may start a collection
; CHECK-NEXT: error: {{.*}}upstream.ll: medi-rt-check: 2 real-time violations (listed above)

declare void @rt_begin()
declare void @rt_end()
declare void @host_log_i64(i64)
declare i64 @medi_gc_alloc_string(ptr, i64)

define i64 @label(ptr %text) {
  %h = call i64 @medi_gc_alloc_string(ptr %text, i64 4)
  ret i64 %h
}

define i32 @main() {
  %reading = add i64 97, 1
  call void @host_log_i64(i64 %reading)
  call void @rt_begin()
  %x = mul i64 %reading, 2
  call void @host_log_i64(i64 %x)
  %h = call i64 @label(ptr null)
  call void @rt_end()
  call void @host_log_i64(i64 %h)
  ret i32 0
}
