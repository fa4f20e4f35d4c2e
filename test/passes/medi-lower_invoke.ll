; An invoke of an intrinsic becomes a call and a branch: the runtime's entry points never unwind.
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | FileCheck %s

source_filename = "invoke.medi"

declare i32 @medi.join(ptr)
declare i32 @__gxx_personality_v0(...)

; CHECK-LABEL: define i32 @wait(
define i32 @wait(ptr %task) personality ptr @__gxx_personality_v0 {
entry:
  ; CHECK: %status = call i32 @medi_rt_task_join(ptr %task, ptr @.medi.site.0)
  ; CHECK-NEXT: br label %done
  %status = invoke i32 @medi.join(ptr %task) to label %done unwind label %cleanup
done:
  ret i32 %status
cleanup:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}
