; An intrinsic whose address is taken, a call with another function type, and an entry point
; name already declared with another type are errors, not crashes.
; RUN: split-file %s %t
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/address.ll 2>&1 | FileCheck %s --check-prefix=ADDRESS
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/call_type.ll 2>&1 | FileCheck %s --check-prefix=CALL-TYPE
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/entry.ll 2>&1 | FileCheck %s --check-prefix=ENTRY

; ADDRESS: error: misuse.medi: in 'store_it': medi-lower: @medi.yield is used other than as the callee of a call
; CALL-TYPE: error: misuse.medi: in 'call_it': medi-lower: @medi.detach is called as 'void (ptr, i32)'; expected 'declare void @medi.detach(ptr)'
; ENTRY: error: misuse.medi: in 'call_it': medi-lower: @medi_rt_task_join is already declared as 'void ()', not as the runtime's entry point

;--- address.ll
source_filename = "misuse.medi"
declare void @medi.yield()
define void @store_it(ptr %slot) {
  store ptr @medi.yield, ptr %slot
  ret void
}

;--- call_type.ll
source_filename = "misuse.medi"
declare void @medi.detach(ptr)
define void @call_it(ptr %t) {
  call void @medi.detach(ptr %t, i32 1)
  ret void
}

;--- entry.ll
source_filename = "misuse.medi"
declare i32 @medi.join(ptr)
declare void @medi_rt_task_join()
define void @call_it(ptr %t) {
  %s = call i32 @medi.join(ptr %t)
  ret void
}
