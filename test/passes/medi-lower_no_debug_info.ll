; Without debug information a record falls back to the module's source file, the calling
; function's name as the module, and line 0 (like OpenMP's ";unknown;..." ident_t).
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | FileCheck %s
; RUN: opt -load-pass-plugin=%medi_plugin -passes='print<medi-intrinsics>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PRINT

source_filename = "stripped.medi"

; CHECK-DAG: [[FILE:@[.a-z0-9]+]] = private unnamed_addr constant [14 x i8] c"stripped.medi\00"
; CHECK-DAG: [[FN:@[.a-z0-9]+]] = private unnamed_addr constant [13 x i8] c"check_vitals\00"
; CHECK-DAG: [[OP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"task.yield\00"
; CHECK-DAG: @.medi.site.0 = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[FN]], ptr [[OP]], i32 0, i32 0 }
; PRINT: stripped.medi: in 'check_vitals': @medi.yield -> medi_rt_task_yield (op task.yield) in @check_vitals

declare void @medi.yield()

define void @check_vitals() {
  ; CHECK: call void @medi_rt_task_yield(ptr @.medi.site.0)
  call void @medi.yield()
  ret void
}
