; IR written for another ABI version is refused, also when the pass joins an -O pipeline.
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %s 2>&1 | FileCheck %s
; RUN: not opt -load-pass-plugin=%medi_plugin -O2 -disable-output %s 2>&1 | FileCheck %s
; RUN: sed 's/i32 2}/i32 1}/' %s | opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S | FileCheck %s --check-prefix=V1

; CHECK: error: future.medi: medi-lower: module flag 'medi.abi.version' is 2, but this pass lowers version 1 of the Medi intrinsics
; V1: call void @medi_rt_task_yield(

source_filename = "future.medi"

declare void @medi.yield()

define void @f() {
  call void @medi.yield()
  ret void
}

!llvm.module.flags = !{!0}
!0 = !{i32 1, !"medi.abi.version", i32 2}
