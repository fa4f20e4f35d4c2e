; The plugin joins the -O pipelines at their start: opt -O0/-O2 and clang -fpass-plugin -O2
; lower the intrinsics without naming the pass.
; RUN: opt -load-pass-plugin=%medi_plugin -O2 -S %s | FileCheck %s
; RUN: opt -load-pass-plugin=%medi_plugin -O0 -S %s | FileCheck %s
; RUN: %clang_medi -fpass-plugin=%medi_plugin -O2 -S -emit-llvm %s -o - | FileCheck %s
; RUN: %clang_medi -fpass-plugin=%medi_plugin -O0 -S -emit-llvm %s -o - | FileCheck %s

; CHECK: @.medi.site.0 = private unnamed_addr constant %medi_rt_source
; CHECK-LABEL: define {{.*}}i32 @wait(
; CHECK: call i32 @medi_rt_task_join(ptr {{.*}}%task, ptr {{.*}}@.medi.site.0)
; CHECK-NOT: @medi.join

source_filename = "pipeline.medi"

declare i32 @medi.join(ptr)

define i32 @wait(ptr %task) {
  %s = call i32 @medi.join(ptr %task)
  ret i32 %s
}
