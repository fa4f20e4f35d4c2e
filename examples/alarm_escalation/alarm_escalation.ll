; alarm_escalation.ll: the LLVM IR of alarm_escalation.medi, as medic emits it (ABI version 1).
;
; Run it:   medi-run examples/alarm_escalation/alarm_escalation.ll
; Build it: medi-build examples/alarm_escalation/alarm_escalation.ll -o alarm_escalation
;
; Produced by examples/standins/regenerate.sh from the C stand-in standins/alarm_escalation.c.
; The Medi source it stands for:
;
;   // alarm_escalation.medi: a bedside alarm loop. Three sensor tasks in a task group stream vital
;   // signs; the loop waits on all three channels at once with a timeout. A critical SpO2 raises an
;   // alarm that escalates: the charge nurse is paged, and when no acknowledgement arrives in time
;   // the physician is paged. Once acknowledged, the sensors are shut down through cancellation.
;   module alarm_escalation
;
;   struct Reading { vital: Vital, value: i32, seq: i32 }
;   enum Vital { HeartRate, SpO2, BloodPressure }
;   struct Ack { by: Responder }
;
;   const PERIOD = 1ms
;   const SILENCE = 200ms          // no reading at all this long is itself an alarm
;   const NURSE_GRACE = 20ms       // how long a page waits for its acknowledgement
;
;   task fn sensor(vital: Vital, out: Sender<Reading>) {
;     for seq in 1.. {
;       if sleep(PERIOD) == Cancelled { break }
;       if out.send(Reading { vital: vital, value: simulate(vital, seq), seq: seq }) == Cancelled { break }
;     }
;     stopped[vital] = task_cancelled()
;   }
;
;   task fn physician(pages: Receiver<i32>, acks: Sender<Ack>) {
;     let level = pages.recv()
;     acks.send(Ack { by: Physician })
;   }
;
;   fn main() -> i32 {
;     print("alarm escalation: watching heart rate, SpO2 and blood pressure")
;     let sensors = task_group()
;     let channels = [channel<Reading>(capacity: 4) for _ in Vital]
;     for vital in Vital { sensors.spawn(sensor(vital, channels[vital].tx)) }
;     let (nurse_tx, nurse_rx) = channel<i32>(capacity: 1)          // the nurse is busy elsewhere
;     let (doctor_tx, doctor_rx) = channel<i32>(capacity: 1)
;     let (ack_tx, ack_rx) = channel<Ack>(capacity: 1)
;     let doctor = spawn physician(doctor_rx, ack_tx)
;     let critical = loop {
;       select timeout SILENCE {
;         recv(channels[HeartRate].rx) -> r => {},
;         recv(channels[SpO2].rx) -> r => if r.value < 88 { break r },
;         recv(channels[BloodPressure].rx) -> r => {},
;         timeout => { print("no reading for {SILENCE}"); return 1 },
;       }
;     }
;     print("critical: SpO2 {critical.value}% at reading {critical.seq}")
;     nurse_tx.send(1)
;     select timeout NURSE_GRACE {
;       recv(ack_rx) -> a => print("level 1: acknowledged by the nurse"),
;       timeout => print("level 1: paged the charge nurse, no acknowledgement within {NURSE_GRACE}"),
;     }
;     doctor_tx.send(2)
;     select timeout 10s {
;       recv(ack_rx) -> a => print("level 2: paged the physician, acknowledged"),
;       timeout => print("level 2: nobody answered"),
;     }
;     join(doctor)
;     sensors.cancel()
;     let ended = sensors.wait()
;     print("sensors: group ended {ended}, {count(stopped)} of 3 stopped by cancellation")
;     return 0
;   }

; ModuleID = 'alarm_escalation.c'
source_filename = "alarm_escalation.medi"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Ack = type { i32 }
%struct.SensorEnv = type { i32, ptr, ptr }
%struct.PhysicianEnv = type { ptr, ptr }
%struct.Reading = type { i32, i32, i32 }
%struct.medi_select_case = type { i32, ptr, ptr }

@.str = private unnamed_addr constant [64 x i8] c"alarm escalation: watching heart rate, SpO2 and blood pressure\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [24 x i8] c"no reading for %lld ms\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [35 x i8] c"critical: SpO2 %d%% at reading %d\0A\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [36 x i8] c"level 1: acknowledged by the nurse\0A\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [68 x i8] c"level 1: paged the charge nurse, no acknowledgement within %lld ms\0A\00", align 1, !dbg !22
@.str.5 = private unnamed_addr constant [44 x i8] c"level 2: paged the physician, acknowledged\0A\00", align 1, !dbg !27
@.str.6 = private unnamed_addr constant [26 x i8] c"level 2: nobody answered\0A\00", align 1, !dbg !32
@.str.7 = private unnamed_addr constant [58 x i8] c"sensors: group ended %s, %d of 3 stopped by cancellation\0A\00", align 1, !dbg !37
@.str.8 = private unnamed_addr constant [10 x i8] c"cancelled\00", align 1, !dbg !42
@.str.9 = private unnamed_addr constant [10 x i8] c"otherwise\00", align 1, !dbg !47
@__const.physician.ack = private unnamed_addr constant %struct.Ack { i32 2 }, align 4

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !117 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [3 x ptr], align 16
  %4 = alloca [3 x ptr], align 16
  %5 = alloca i32, align 4
  %6 = alloca [3 x i32], align 4
  %7 = alloca [3 x %struct.SensorEnv], align 16
  %8 = alloca i32, align 4
  %9 = alloca %struct.SensorEnv, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca %struct.PhysicianEnv, align 8
  %17 = alloca ptr, align 8
  %18 = alloca %struct.Reading, align 4
  %19 = alloca %struct.Reading, align 4
  %20 = alloca [3 x %struct.medi_select_case], align 16
  %21 = alloca i32, align 4
  %22 = alloca %struct.medi_select_case, align 8
  %23 = alloca i64, align 8
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca %struct.Ack, align 4
  %28 = alloca [1 x %struct.medi_select_case], align 16
  %29 = alloca i64, align 8
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str), !dbg !180
  call void @llvm.lifetime.start.p0(i64 8, ptr %2) #5, !dbg !181
    #dbg_declare(ptr %2, !121, !DIExpression(), !182)
  %33 = call ptr @medi.group.create(i64 noundef -1), !dbg !183
  store ptr %33, ptr %2, align 8, !dbg !182, !tbaa !184
  call void @llvm.lifetime.start.p0(i64 24, ptr %3) #5, !dbg !188
    #dbg_declare(ptr %3, !122, !DIExpression(), !189)
  call void @llvm.lifetime.start.p0(i64 24, ptr %4) #5, !dbg !188
    #dbg_declare(ptr %4, !126, !DIExpression(), !190)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #5, !dbg !191
    #dbg_declare(ptr %5, !127, !DIExpression(), !192)
  store i32 0, ptr %5, align 4, !dbg !192, !tbaa !193
  br label %34, !dbg !191

34:                                               ; preds = %45, %0
  %35 = load i32, ptr %5, align 4, !dbg !195, !tbaa !193
  %36 = icmp slt i32 %35, 3, !dbg !197
  br i1 %36, label %38, label %37, !dbg !198

37:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #5, !dbg !199
  br label %48

38:                                               ; preds = %34
  %39 = load i32, ptr %5, align 4, !dbg !200, !tbaa !193
  %40 = sext i32 %39 to i64, !dbg !202
  %41 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %40, !dbg !202
  %42 = load i32, ptr %5, align 4, !dbg !203, !tbaa !193
  %43 = sext i32 %42 to i64, !dbg !204
  %44 = getelementptr inbounds [3 x ptr], ptr %4, i64 0, i64 %43, !dbg !204
  call void @medi.chan.create(i64 noundef 12, i64 noundef 4, ptr noundef %41, ptr noundef %44), !dbg !205
  br label %45, !dbg !206

45:                                               ; preds = %38
  %46 = load i32, ptr %5, align 4, !dbg !207, !tbaa !193
  %47 = add nsw i32 %46, 1, !dbg !207
  store i32 %47, ptr %5, align 4, !dbg !207, !tbaa !193
  br label %34, !dbg !199, !llvm.loop !208

48:                                               ; preds = %37
  call void @llvm.lifetime.start.p0(i64 12, ptr %6) #5, !dbg !212
    #dbg_declare(ptr %6, !129, !DIExpression(), !213)
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 12, i1 false), !dbg !213
  call void @llvm.lifetime.start.p0(i64 72, ptr %7) #5, !dbg !214
    #dbg_declare(ptr %7, !131, !DIExpression(), !215)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #5, !dbg !216
    #dbg_declare(ptr %8, !133, !DIExpression(), !217)
  store i32 0, ptr %8, align 4, !dbg !217, !tbaa !193
  br label %49, !dbg !216

49:                                               ; preds = %71, %48
  %50 = load i32, ptr %8, align 4, !dbg !218, !tbaa !193
  %51 = icmp slt i32 %50, 3, !dbg !220
  br i1 %51, label %53, label %52, !dbg !221

52:                                               ; preds = %49
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #5, !dbg !222
  br label %74

53:                                               ; preds = %49
  %54 = load i32, ptr %8, align 4, !dbg !223, !tbaa !193
  %55 = sext i32 %54 to i64, !dbg !225
  %56 = getelementptr inbounds [3 x %struct.SensorEnv], ptr %7, i64 0, i64 %55, !dbg !225
  %57 = getelementptr inbounds %struct.SensorEnv, ptr %9, i32 0, i32 0, !dbg !226
  %58 = load i32, ptr %8, align 4, !dbg !227, !tbaa !193
  store i32 %58, ptr %57, align 8, !dbg !226, !tbaa !228
  %59 = getelementptr inbounds %struct.SensorEnv, ptr %9, i32 0, i32 1, !dbg !226
  %60 = load i32, ptr %8, align 4, !dbg !230, !tbaa !193
  %61 = sext i32 %60 to i64, !dbg !231
  %62 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %61, !dbg !231
  %63 = load ptr, ptr %62, align 8, !dbg !231, !tbaa !184
  store ptr %63, ptr %59, align 8, !dbg !226, !tbaa !232
  %64 = getelementptr inbounds %struct.SensorEnv, ptr %9, i32 0, i32 2, !dbg !226
  %65 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 0, !dbg !233
  store ptr %65, ptr %64, align 8, !dbg !226, !tbaa !234
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %56, ptr align 8 %9, i64 24, i1 false), !dbg !235, !tbaa.struct !236
  %66 = load ptr, ptr %2, align 8, !dbg !237, !tbaa !184
  %67 = load i32, ptr %8, align 4, !dbg !238, !tbaa !193
  %68 = sext i32 %67 to i64, !dbg !239
  %69 = getelementptr inbounds [3 x %struct.SensorEnv], ptr %7, i64 0, i64 %68, !dbg !239
  %70 = call i32 @medi.group.spawn(ptr noundef %66, ptr noundef @sensor, ptr noundef %69, i64 noundef 24), !dbg !240
  br label %71, !dbg !241

71:                                               ; preds = %53
  %72 = load i32, ptr %8, align 4, !dbg !242, !tbaa !193
  %73 = add nsw i32 %72, 1, !dbg !242
  store i32 %73, ptr %8, align 4, !dbg !242, !tbaa !193
  br label %49, !dbg !222, !llvm.loop !243

74:                                               ; preds = %52
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #5, !dbg !245
    #dbg_declare(ptr %10, !135, !DIExpression(), !246)
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #5, !dbg !245
    #dbg_declare(ptr %11, !136, !DIExpression(), !247)
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #5, !dbg !245
    #dbg_declare(ptr %12, !137, !DIExpression(), !248)
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #5, !dbg !245
    #dbg_declare(ptr %13, !138, !DIExpression(), !249)
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #5, !dbg !245
    #dbg_declare(ptr %14, !139, !DIExpression(), !250)
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #5, !dbg !245
    #dbg_declare(ptr %15, !140, !DIExpression(), !251)
  call void @medi.chan.create(i64 noundef 4, i64 noundef 1, ptr noundef %10, ptr noundef %11), !dbg !214
  call void @medi.chan.create(i64 noundef 4, i64 noundef 1, ptr noundef %12, ptr noundef %13), !dbg !252
  call void @medi.chan.create(i64 noundef 4, i64 noundef 1, ptr noundef %14, ptr noundef %15), !dbg !253
  call void @llvm.lifetime.start.p0(i64 16, ptr %16) #5, !dbg !245
    #dbg_declare(ptr %16, !141, !DIExpression(), !254)
  %75 = getelementptr inbounds %struct.PhysicianEnv, ptr %16, i32 0, i32 0, !dbg !255
  %76 = load ptr, ptr %13, align 8, !dbg !256, !tbaa !184
  store ptr %76, ptr %75, align 8, !dbg !255, !tbaa !257
  %77 = getelementptr inbounds %struct.PhysicianEnv, ptr %16, i32 0, i32 1, !dbg !255
  %78 = load ptr, ptr %14, align 8, !dbg !259, !tbaa !184
  store ptr %78, ptr %77, align 8, !dbg !255, !tbaa !260
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #5, !dbg !245
    #dbg_declare(ptr %17, !142, !DIExpression(), !246)
  %79 = call ptr @medi.spawn(ptr noundef @physician, ptr noundef %16, i64 noundef 16), !dbg !261
  store ptr %79, ptr %17, align 8, !dbg !246, !tbaa !184
  call void @llvm.lifetime.start.p0(i64 12, ptr %18) #5, !dbg !262
    #dbg_declare(ptr %18, !143, !DIExpression(), !263)
  call void @llvm.lifetime.start.p0(i64 12, ptr %19) #5, !dbg !262
    #dbg_declare(ptr %19, !150, !DIExpression(), !264)
  call void @llvm.lifetime.start.p0(i64 72, ptr %20) #5, !dbg !265
    #dbg_declare(ptr %20, !151, !DIExpression(), !266)
  call void @llvm.lifetime.start.p0(i64 4, ptr %21) #5, !dbg !267
    #dbg_declare(ptr %21, !159, !DIExpression(), !268)
  store i32 0, ptr %21, align 4, !dbg !268, !tbaa !193
  br label %80, !dbg !267

80:                                               ; preds = %95, %74
  %81 = load i32, ptr %21, align 4, !dbg !269, !tbaa !193
  %82 = icmp slt i32 %81, 3, !dbg !271
  br i1 %82, label %84, label %83, !dbg !272

83:                                               ; preds = %80
  call void @llvm.lifetime.end.p0(i64 4, ptr %21) #5, !dbg !273
  br label %98

84:                                               ; preds = %80
  %85 = load i32, ptr %21, align 4, !dbg !274, !tbaa !193
  %86 = sext i32 %85 to i64, !dbg !276
  %87 = getelementptr inbounds [3 x %struct.medi_select_case], ptr %20, i64 0, i64 %86, !dbg !276
  %88 = getelementptr inbounds %struct.medi_select_case, ptr %22, i32 0, i32 0, !dbg !277
  store i32 0, ptr %88, align 8, !dbg !277, !tbaa !278
  %89 = getelementptr inbounds %struct.medi_select_case, ptr %22, i32 0, i32 1, !dbg !277
  %90 = load i32, ptr %21, align 4, !dbg !280, !tbaa !193
  %91 = sext i32 %90 to i64, !dbg !281
  %92 = getelementptr inbounds [3 x ptr], ptr %4, i64 0, i64 %91, !dbg !281
  %93 = load ptr, ptr %92, align 8, !dbg !281, !tbaa !184
  store ptr %93, ptr %89, align 8, !dbg !277, !tbaa !282
  %94 = getelementptr inbounds %struct.medi_select_case, ptr %22, i32 0, i32 2, !dbg !277
  store ptr %18, ptr %94, align 8, !dbg !277, !tbaa !283
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %87, ptr align 8 %22, i64 24, i1 false), !dbg !284, !tbaa.struct !236
  br label %95, !dbg !285

95:                                               ; preds = %84
  %96 = load i32, ptr %21, align 4, !dbg !286, !tbaa !193
  %97 = add nsw i32 %96, 1, !dbg !286
  store i32 %97, ptr %21, align 4, !dbg !286, !tbaa !193
  br label %80, !dbg !273, !llvm.loop !287

98:                                               ; preds = %83
  br label %99, !dbg !289

99:                                               ; preds = %117, %98
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #5, !dbg !290
    #dbg_declare(ptr %23, !161, !DIExpression(), !291)
  call void @llvm.lifetime.start.p0(i64 4, ptr %24) #5, !dbg !292
    #dbg_declare(ptr %24, !165, !DIExpression(), !293)
  %100 = getelementptr inbounds [3 x %struct.medi_select_case], ptr %20, i64 0, i64 0, !dbg !294
  %101 = call i32 @medi.select.timeout(ptr noundef %100, i64 noundef 3, i64 noundef 200000000, ptr noundef %23), !dbg !295
  store i32 %101, ptr %24, align 4, !dbg !293, !tbaa !193
  %102 = load i32, ptr %24, align 4, !dbg !296, !tbaa !193
  %103 = icmp eq i32 %102, 4, !dbg !298
  br i1 %103, label %104, label %106, !dbg !299

104:                                              ; preds = %99
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef 200), !dbg !300
  store i32 1, ptr %1, align 4, !dbg !302
  store i32 1, ptr %25, align 4
  br label %115, !dbg !302

106:                                              ; preds = %99
  %107 = load i64, ptr %23, align 8, !dbg !303, !tbaa !305
  %108 = icmp eq i64 %107, 1, !dbg !307
  br i1 %108, label %109, label %114, !dbg !308

109:                                              ; preds = %106
  %110 = getelementptr inbounds %struct.Reading, ptr %18, i32 0, i32 1, !dbg !309
  %111 = load i32, ptr %110, align 4, !dbg !309, !tbaa !310
  %112 = icmp slt i32 %111, 88, !dbg !312
  br i1 %112, label %113, label %114, !dbg !313

113:                                              ; preds = %109
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %19, ptr align 4 %18, i64 12, i1 false), !dbg !314, !tbaa.struct !316
  store i32 11, ptr %25, align 4
  br label %115, !dbg !317

114:                                              ; preds = %109, %106
  store i32 0, ptr %25, align 4, !dbg !318
  br label %115, !dbg !318

115:                                              ; preds = %114, %113, %104
  call void @llvm.lifetime.end.p0(i64 4, ptr %24) #5, !dbg !318
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #5, !dbg !318
  %116 = load i32, ptr %25, align 4
  switch i32 %116, label %193 [
    i32 0, label %117
    i32 11, label %118
  ]

117:                                              ; preds = %115
  br label %99, !dbg !319, !llvm.loop !320

118:                                              ; preds = %115
  %119 = getelementptr inbounds %struct.Reading, ptr %19, i32 0, i32 1, !dbg !323
  %120 = load i32, ptr %119, align 4, !dbg !323, !tbaa !310
  %121 = getelementptr inbounds %struct.Reading, ptr %19, i32 0, i32 2, !dbg !324
  %122 = load i32, ptr %121, align 4, !dbg !324, !tbaa !325
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %120, i32 noundef %122), !dbg !326
  call void @llvm.lifetime.start.p0(i64 4, ptr %26) #5, !dbg !327
    #dbg_declare(ptr %26, !166, !DIExpression(), !328)
  store i32 1, ptr %26, align 4, !dbg !328, !tbaa !193
  %124 = load ptr, ptr %10, align 8, !dbg !329, !tbaa !184
  %125 = call i32 @medi.chan.send(ptr noundef %124, ptr noundef %26), !dbg !330
  call void @llvm.lifetime.start.p0(i64 4, ptr %27) #5, !dbg !327
    #dbg_declare(ptr %27, !167, !DIExpression(), !331)
  call void @llvm.lifetime.start.p0(i64 24, ptr %28) #5, !dbg !332
    #dbg_declare(ptr %28, !172, !DIExpression(), !333)
  %126 = getelementptr inbounds %struct.medi_select_case, ptr %28, i32 0, i32 0, !dbg !334
  store i32 0, ptr %126, align 8, !dbg !334, !tbaa !278
  %127 = getelementptr inbounds %struct.medi_select_case, ptr %28, i32 0, i32 1, !dbg !334
  %128 = load ptr, ptr %15, align 8, !dbg !335, !tbaa !184
  store ptr %128, ptr %127, align 8, !dbg !334, !tbaa !282
  %129 = getelementptr inbounds %struct.medi_select_case, ptr %28, i32 0, i32 2, !dbg !334
  store ptr %27, ptr %129, align 8, !dbg !334, !tbaa !283
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #5, !dbg !336
    #dbg_declare(ptr %29, !176, !DIExpression(), !337)
  %130 = getelementptr inbounds [1 x %struct.medi_select_case], ptr %28, i64 0, i64 0, !dbg !338
  %131 = call i32 @medi.select.timeout(ptr noundef %130, i64 noundef 1, i64 noundef 20000000, ptr noundef %29), !dbg !340
  %132 = icmp eq i32 %131, 0, !dbg !341
  br i1 %132, label %133, label %135, !dbg !331

133:                                              ; preds = %118
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !342
  br label %137, !dbg !344

135:                                              ; preds = %118
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef 20), !dbg !345
  br label %137

137:                                              ; preds = %135, %133
  store i32 2, ptr %26, align 4, !dbg !347, !tbaa !193
  %138 = load ptr, ptr %12, align 8, !dbg !348, !tbaa !184
  %139 = call i32 @medi.chan.send(ptr noundef %138, ptr noundef %26), !dbg !349
  %140 = getelementptr inbounds [1 x %struct.medi_select_case], ptr %28, i64 0, i64 0, !dbg !350
  %141 = call i32 @medi.select.timeout(ptr noundef %140, i64 noundef 1, i64 noundef 10000000000, ptr noundef %29), !dbg !352
  %142 = icmp eq i32 %141, 0, !dbg !353
  br i1 %142, label %143, label %149, !dbg !354

143:                                              ; preds = %137
  %144 = getelementptr inbounds %struct.Ack, ptr %27, i32 0, i32 0, !dbg !355
  %145 = load i32, ptr %144, align 4, !dbg !355, !tbaa !356
  %146 = icmp eq i32 %145, 2, !dbg !358
  br i1 %146, label %147, label %149, !dbg !359

147:                                              ; preds = %143
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.5), !dbg !360
  br label %151, !dbg !362

149:                                              ; preds = %143, %137
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.6), !dbg !363
  br label %151

151:                                              ; preds = %149, %147
  %152 = load ptr, ptr %17, align 8, !dbg !365, !tbaa !184
  %153 = call i32 @medi.join(ptr noundef %152), !dbg !366
  %154 = load ptr, ptr %2, align 8, !dbg !367, !tbaa !184
  call void @medi.group.cancel(ptr noundef %154), !dbg !368
  call void @llvm.lifetime.start.p0(i64 4, ptr %30) #5, !dbg !369
    #dbg_declare(ptr %30, !177, !DIExpression(), !370)
  %155 = load ptr, ptr %2, align 8, !dbg !371, !tbaa !184
  %156 = call i32 @medi.group.wait(ptr noundef %155), !dbg !372
  store i32 %156, ptr %30, align 4, !dbg !370, !tbaa !193
  %157 = load i32, ptr %30, align 4, !dbg !373, !tbaa !193
  %158 = icmp eq i32 %157, 10, !dbg !374
  %159 = zext i1 %158 to i64, !dbg !373
  %160 = select i1 %158, ptr @.str.8, ptr @.str.9, !dbg !373
  %161 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 0, !dbg !375
  %162 = load i32, ptr %161, align 4, !dbg !375, !tbaa !193
  %163 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 1, !dbg !376
  %164 = load i32, ptr %163, align 4, !dbg !376, !tbaa !193
  %165 = add nsw i32 %162, %164, !dbg !377
  %166 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 2, !dbg !378
  %167 = load i32, ptr %166, align 4, !dbg !378, !tbaa !193
  %168 = add nsw i32 %165, %167, !dbg !379
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %160, i32 noundef %168), !dbg !380
  call void @llvm.lifetime.start.p0(i64 4, ptr %31) #5, !dbg !381
    #dbg_declare(ptr %31, !178, !DIExpression(), !382)
  store i32 0, ptr %31, align 4, !dbg !382, !tbaa !193
  br label %170, !dbg !381

170:                                              ; preds = %183, %151
  %171 = load i32, ptr %31, align 4, !dbg !383, !tbaa !193
  %172 = icmp slt i32 %171, 3, !dbg !385
  br i1 %172, label %174, label %173, !dbg !386

173:                                              ; preds = %170
  store i32 13, ptr %25, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %31) #5, !dbg !387
  br label %186

174:                                              ; preds = %170
  %175 = load i32, ptr %31, align 4, !dbg !388, !tbaa !193
  %176 = sext i32 %175 to i64, !dbg !390
  %177 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %176, !dbg !390
  %178 = load ptr, ptr %177, align 8, !dbg !390, !tbaa !184
  call void @medi.chan.sender.drop(ptr noundef %178), !dbg !391
  %179 = load i32, ptr %31, align 4, !dbg !392, !tbaa !193
  %180 = sext i32 %179 to i64, !dbg !393
  %181 = getelementptr inbounds [3 x ptr], ptr %4, i64 0, i64 %180, !dbg !393
  %182 = load ptr, ptr %181, align 8, !dbg !393, !tbaa !184
  call void @medi.chan.receiver.drop(ptr noundef %182), !dbg !394
  br label %183, !dbg !395

183:                                              ; preds = %174
  %184 = load i32, ptr %31, align 4, !dbg !396, !tbaa !193
  %185 = add nsw i32 %184, 1, !dbg !396
  store i32 %185, ptr %31, align 4, !dbg !396, !tbaa !193
  br label %170, !dbg !387, !llvm.loop !397

186:                                              ; preds = %173
  %187 = load ptr, ptr %10, align 8, !dbg !399, !tbaa !184
  call void @medi.chan.sender.drop(ptr noundef %187), !dbg !400
  %188 = load ptr, ptr %11, align 8, !dbg !401, !tbaa !184
  call void @medi.chan.receiver.drop(ptr noundef %188), !dbg !402
  %189 = load ptr, ptr %12, align 8, !dbg !403, !tbaa !184
  call void @medi.chan.sender.drop(ptr noundef %189), !dbg !404
  %190 = load ptr, ptr %13, align 8, !dbg !405, !tbaa !184
  call void @medi.chan.receiver.drop(ptr noundef %190), !dbg !406
  %191 = load ptr, ptr %14, align 8, !dbg !407, !tbaa !184
  call void @medi.chan.sender.drop(ptr noundef %191), !dbg !408
  %192 = load ptr, ptr %15, align 8, !dbg !409, !tbaa !184
  call void @medi.chan.receiver.drop(ptr noundef %192), !dbg !410
  store i32 0, ptr %1, align 4, !dbg !411
  store i32 1, ptr %25, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %30) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 24, ptr %28) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 4, ptr %27) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 4, ptr %26) #5, !dbg !412
  br label %193

193:                                              ; preds = %186, %115
  call void @llvm.lifetime.end.p0(i64 72, ptr %20) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 12, ptr %19) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 12, ptr %18) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 16, ptr %16) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 72, ptr %7) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 12, ptr %6) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 24, ptr %4) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 24, ptr %3) #5, !dbg !412
  call void @llvm.lifetime.end.p0(i64 8, ptr %2) #5, !dbg !412
  %194 = load i32, ptr %1, align 4, !dbg !412
  ret i32 %194, !dbg !412
}

declare !dbg !413 i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

declare !dbg !420 ptr @medi.group.create(i64 noundef) #1

declare !dbg !423 void @medi.chan.create(i64 noundef, i64 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

declare !dbg !427 i32 @medi.group.spawn(ptr noundef, ptr noundef, ptr noundef, i64 noundef) #1

; Function Attrs: nounwind uwtable
define internal void @sensor(ptr noundef %0) #0 !dbg !436 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.Reading, align 4
  store ptr %0, ptr %2, align 8, !tbaa !184
    #dbg_declare(ptr %2, !438, !DIExpression(), !445)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #5, !dbg !446
    #dbg_declare(ptr %3, !439, !DIExpression(), !447)
  %7 = load ptr, ptr %2, align 8, !dbg !448, !tbaa !184
  store ptr %7, ptr %3, align 8, !dbg !447, !tbaa !184
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #5, !dbg !449
    #dbg_declare(ptr %4, !440, !DIExpression(), !450)
  store i32 1, ptr %4, align 4, !dbg !450, !tbaa !193
  br label %8, !dbg !449

8:                                                ; preds = %35, %1
  %9 = call i32 @medi.sleep(i64 noundef 1000000), !dbg !451
  %10 = icmp eq i32 %9, 10, !dbg !453
  br i1 %10, label %11, label %12, !dbg !454

11:                                               ; preds = %8
  store i32 2, ptr %5, align 4
  br label %38, !dbg !455

12:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 12, ptr %6) #5, !dbg !457
    #dbg_declare(ptr %6, !442, !DIExpression(), !458)
  %13 = getelementptr inbounds %struct.Reading, ptr %6, i32 0, i32 0, !dbg !459
  %14 = load ptr, ptr %3, align 8, !dbg !460, !tbaa !184
  %15 = getelementptr inbounds %struct.SensorEnv, ptr %14, i32 0, i32 0, !dbg !461
  %16 = load i32, ptr %15, align 8, !dbg !461, !tbaa !228
  store i32 %16, ptr %13, align 4, !dbg !459, !tbaa !462
  %17 = getelementptr inbounds %struct.Reading, ptr %6, i32 0, i32 1, !dbg !459
  %18 = load ptr, ptr %3, align 8, !dbg !463, !tbaa !184
  %19 = getelementptr inbounds %struct.SensorEnv, ptr %18, i32 0, i32 0, !dbg !464
  %20 = load i32, ptr %19, align 8, !dbg !464, !tbaa !228
  %21 = load i32, ptr %4, align 4, !dbg !465, !tbaa !193
  %22 = call i32 @simulate(i32 noundef %20, i32 noundef %21), !dbg !466
  store i32 %22, ptr %17, align 4, !dbg !459, !tbaa !310
  %23 = getelementptr inbounds %struct.Reading, ptr %6, i32 0, i32 2, !dbg !459
  %24 = load i32, ptr %4, align 4, !dbg !467, !tbaa !193
  store i32 %24, ptr %23, align 4, !dbg !459, !tbaa !325
  %25 = load ptr, ptr %3, align 8, !dbg !468, !tbaa !184
  %26 = getelementptr inbounds %struct.SensorEnv, ptr %25, i32 0, i32 1, !dbg !470
  %27 = load ptr, ptr %26, align 8, !dbg !470, !tbaa !232
  %28 = call i32 @medi.chan.send(ptr noundef %27, ptr noundef %6), !dbg !471
  %29 = icmp eq i32 %28, 10, !dbg !472
  br i1 %29, label %30, label %31, !dbg !473

30:                                               ; preds = %12
  store i32 2, ptr %5, align 4
  br label %32, !dbg !474

31:                                               ; preds = %12
  store i32 0, ptr %5, align 4, !dbg !476
  br label %32, !dbg !476

32:                                               ; preds = %31, %30
  call void @llvm.lifetime.end.p0(i64 12, ptr %6) #5, !dbg !476
  %33 = load i32, ptr %5, align 4
  switch i32 %33, label %38 [
    i32 0, label %34
  ]

34:                                               ; preds = %32
  br label %35, !dbg !477

35:                                               ; preds = %34
  %36 = load i32, ptr %4, align 4, !dbg !478, !tbaa !193
  %37 = add nsw i32 %36, 1, !dbg !478
  store i32 %37, ptr %4, align 4, !dbg !478, !tbaa !193
  br label %8, !dbg !479, !llvm.loop !480

38:                                               ; preds = %32, %11
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #5, !dbg !479
  br label %39

39:                                               ; preds = %38
  %40 = call i32 @medi.task.cancelled(), !dbg !483
  %41 = load ptr, ptr %3, align 8, !dbg !484, !tbaa !184
  %42 = getelementptr inbounds %struct.SensorEnv, ptr %41, i32 0, i32 2, !dbg !485
  %43 = load ptr, ptr %42, align 8, !dbg !485, !tbaa !234
  %44 = load ptr, ptr %3, align 8, !dbg !486, !tbaa !184
  %45 = getelementptr inbounds %struct.SensorEnv, ptr %44, i32 0, i32 0, !dbg !487
  %46 = load i32, ptr %45, align 8, !dbg !487, !tbaa !228
  %47 = sext i32 %46 to i64, !dbg !484
  %48 = getelementptr inbounds i32, ptr %43, i64 %47, !dbg !484
  store i32 %40, ptr %48, align 4, !dbg !488, !tbaa !193
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #5, !dbg !489
  ret void, !dbg !489
}

declare !dbg !490 ptr @medi.spawn(ptr noundef, ptr noundef, i64 noundef) #1

; Function Attrs: nounwind uwtable
define internal void @physician(ptr noundef %0) #0 !dbg !493 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.Ack, align 4
  store ptr %0, ptr %2, align 8, !tbaa !184
    #dbg_declare(ptr %2, !495, !DIExpression(), !499)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #5, !dbg !500
    #dbg_declare(ptr %3, !496, !DIExpression(), !501)
  %6 = load ptr, ptr %2, align 8, !dbg !502, !tbaa !184
  store ptr %6, ptr %3, align 8, !dbg !501, !tbaa !184
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #5, !dbg !503
    #dbg_declare(ptr %4, !497, !DIExpression(), !504)
  %7 = load ptr, ptr %3, align 8, !dbg !505, !tbaa !184
  %8 = getelementptr inbounds %struct.PhysicianEnv, ptr %7, i32 0, i32 0, !dbg !506
  %9 = load ptr, ptr %8, align 8, !dbg !506, !tbaa !257
  %10 = call i32 @medi.chan.recv(ptr noundef %9, ptr noundef %4), !dbg !500
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #5, !dbg !503
    #dbg_declare(ptr %5, !498, !DIExpression(), !507)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.physician.ack, i64 4, i1 false), !dbg !507
  %11 = load ptr, ptr %3, align 8, !dbg !508, !tbaa !184
  %12 = getelementptr inbounds %struct.PhysicianEnv, ptr %11, i32 0, i32 1, !dbg !509
  %13 = load ptr, ptr %12, align 8, !dbg !509, !tbaa !260
  %14 = call i32 @medi.chan.send(ptr noundef %13, ptr noundef %5), !dbg !503
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #5, !dbg !510
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #5, !dbg !510
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #5, !dbg !510
  ret void, !dbg !510
}

declare !dbg !511 i32 @medi.select.timeout(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

declare !dbg !516 i32 @medi.chan.send(ptr noundef, ptr noundef) #1

declare !dbg !519 i32 @medi.join(ptr noundef) #1

declare !dbg !522 void @medi.group.cancel(ptr noundef) #1

declare !dbg !523 i32 @medi.group.wait(ptr noundef) #1

declare !dbg !524 void @medi.chan.sender.drop(ptr noundef) #1

declare !dbg !525 void @medi.chan.receiver.drop(ptr noundef) #1

declare !dbg !526 i32 @medi.sleep(i64 noundef) #1

; Function Attrs: nounwind uwtable
define internal i32 @simulate(i32 noundef %0, i32 noundef %1) #0 !dbg !529 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !193
    #dbg_declare(ptr %4, !533, !DIExpression(), !535)
  store i32 %1, ptr %5, align 4, !tbaa !193
    #dbg_declare(ptr %5, !534, !DIExpression(), !536)
  %6 = load i32, ptr %4, align 4, !dbg !537, !tbaa !193
  switch i32 %6, label %16 [
    i32 0, label %7
    i32 1, label %11
  ], !dbg !538

7:                                                ; preds = %2
  %8 = load i32, ptr %5, align 4, !dbg !539, !tbaa !193
  %9 = srem i32 %8, 5, !dbg !541
  %10 = add nsw i32 72, %9, !dbg !542
  store i32 %10, ptr %3, align 4, !dbg !543
  br label %20, !dbg !543

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4, !dbg !544, !tbaa !193
  %13 = icmp slt i32 %12, 5, !dbg !545
  %14 = zext i1 %13 to i64, !dbg !544
  %15 = select i1 %13, i32 97, i32 86, !dbg !544
  store i32 %15, ptr %3, align 4, !dbg !546
  br label %20, !dbg !546

16:                                               ; preds = %2
  %17 = load i32, ptr %5, align 4, !dbg !547, !tbaa !193
  %18 = srem i32 %17, 7, !dbg !548
  %19 = add nsw i32 118, %18, !dbg !549
  store i32 %19, ptr %3, align 4, !dbg !550
  br label %20, !dbg !550

20:                                               ; preds = %16, %11, %7
  %21 = load i32, ptr %3, align 4, !dbg !551
  ret i32 %21, !dbg !551
}

declare !dbg !552 i32 @medi.task.cancelled() #1

declare !dbg !555 i32 @medi.chan.recv(ptr noundef, ptr noundef) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!49}
!llvm.module.flags = !{!111, !112, !113, !114, !115, !116, !90000}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 29, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "alarm_escalation.medi", directory: "/src/alarm_escalation")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 512, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 64)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 192, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 24)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 280, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 35)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 48, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 288, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 36)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !2, line: 49, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 544, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 68)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(scope: null, file: !2, line: 53, type: !29, isLocal: true, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 352, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 44)
!32 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression())
!33 = distinct !DIGlobalVariable(scope: null, file: !2, line: 54, type: !34, isLocal: true, isDefinition: true)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 208, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 26)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(scope: null, file: !2, line: 59, type: !39, isLocal: true, isDefinition: true)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 464, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 58)
!42 = !DIGlobalVariableExpression(var: !43, expr: !DIExpression())
!43 = distinct !DIGlobalVariable(scope: null, file: !2, line: 60, type: !44, isLocal: true, isDefinition: true)
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !45)
!45 = !{!46}
!46 = !DISubrange(count: 10)
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(scope: null, file: !2, line: 60, type: !44, isLocal: true, isDefinition: true)
!49 = distinct !DICompileUnit(language: DW_LANG_C11, file: !50, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !51, retainedTypes: !79, globals: !100, splitDebugInlining: false, nameTableKind: None)
!50 = !DIFile(filename: "alarm_escalation.medi", directory: "/src/alarm_escalation")
!51 = !{!52, !57, !64, !68, !76}
!52 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !53, line: 70, baseType: !54, size: 32, elements: !55)
!53 = !DIFile(filename: "./medi_intrinsics.h", directory: "/src/alarm_escalation")
!54 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!55 = !{!56}
!56 = !DIEnumerator(name: "MEDI_NO_DEADLINE", value: -1)
!57 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !50, line: 7, baseType: !58, size: 32, elements: !59)
!58 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!59 = !{!60, !61, !62, !63}
!60 = !DIEnumerator(name: "HEART_RATE", value: 0)
!61 = !DIEnumerator(name: "SPO2", value: 1)
!62 = !DIEnumerator(name: "BLOOD_PRESSURE", value: 2)
!63 = !DIEnumerator(name: "VITALS", value: 3)
!64 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !53, line: 69, baseType: !58, size: 32, elements: !65)
!65 = !{!66, !67}
!66 = !DIEnumerator(name: "MEDI_SELECT_RECV", value: 0)
!67 = !DIEnumerator(name: "MEDI_SELECT_SEND", value: 1)
!68 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !53, line: 61, baseType: !58, size: 32, elements: !69)
!69 = !{!70, !71, !72, !73, !74, !75}
!70 = !DIEnumerator(name: "MEDI_OK", value: 0)
!71 = !DIEnumerator(name: "MEDI_DISCONNECTED", value: 1)
!72 = !DIEnumerator(name: "MEDI_EMPTY", value: 2)
!73 = !DIEnumerator(name: "MEDI_TIMEOUT", value: 4)
!74 = !DIEnumerator(name: "MEDI_PANICKED", value: 5)
!75 = !DIEnumerator(name: "MEDI_CANCELLED", value: 10)
!76 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !50, line: 8, baseType: !58, size: 32, elements: !77)
!77 = !{!78}
!78 = !DIEnumerator(name: "PHYSICIAN", value: 2)
!79 = !{!80, !81, !94}
!80 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "SensorEnv", file: !50, line: 27, baseType: !83)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "SensorEnv", file: !50, line: 23, size: 192, elements: !84)
!84 = !{!85, !90, !92}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "vital", scope: !83, file: !50, line: 24, baseType: !86, size: 32)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !87, line: 26, baseType: !88)
!87 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "")
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !89, line: 41, baseType: !54)
!89 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "")
!90 = !DIDerivedType(tag: DW_TAG_member, name: "out", scope: !83, file: !50, line: 25, baseType: !91, size: 64, offset: 64)
!91 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "stopped", scope: !83, file: !50, line: 26, baseType: !93, size: 64, offset: 128)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64)
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !95, size: 64)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "PhysicianEnv", file: !50, line: 31, baseType: !96)
!96 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "PhysicianEnv", file: !50, line: 29, size: 128, elements: !97)
!97 = !{!98, !99}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "pages", scope: !96, file: !50, line: 30, baseType: !91, size: 64)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "acks", scope: !96, file: !50, line: 30, baseType: !91, size: 64, offset: 64)
!100 = !{!0, !101, !7, !12, !107, !17, !22, !27, !32, !37, !42, !47, !109}
!101 = !DIGlobalVariableExpression(var: !102, expr: !DIExpression(DW_OP_constu, 200000000, DW_OP_stack_value))
!102 = distinct !DIGlobalVariable(name: "SILENCE", scope: !49, file: !50, line: 12, type: !103, isLocal: true, isDefinition: true)
!103 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !104)
!104 = !DIDerivedType(tag: DW_TAG_typedef, name: "int64_t", file: !87, line: 27, baseType: !105)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int64_t", file: !89, line: 44, baseType: !106)
!106 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!107 = !DIGlobalVariableExpression(var: !108, expr: !DIExpression(DW_OP_constu, 20000000, DW_OP_stack_value))
!108 = distinct !DIGlobalVariable(name: "NURSE_GRACE", scope: !49, file: !50, line: 13, type: !103, isLocal: true, isDefinition: true)
!109 = !DIGlobalVariableExpression(var: !110, expr: !DIExpression(DW_OP_constu, 1000000, DW_OP_stack_value))
!110 = distinct !DIGlobalVariable(name: "PERIOD", scope: !49, file: !50, line: 11, type: !103, isLocal: true, isDefinition: true)
!111 = !{i32 7, !"Dwarf Version", i32 5}
!112 = !{i32 2, !"Debug Info Version", i32 3}
!113 = !{i32 1, !"wchar_size", i32 4}
!114 = !{i32 8, !"PIC Level", i32 2}
!115 = !{i32 7, !"PIE Level", i32 2}
!116 = !{i32 7, !"uwtable", i32 2}
!117 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 28, type: !118, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !49, retainedNodes: !120)
!118 = !DISubroutineType(types: !119)
!119 = !{!54}
!120 = !{!121, !122, !126, !127, !129, !131, !133, !135, !136, !137, !138, !139, !140, !141, !142, !143, !150, !151, !159, !161, !165, !166, !167, !172, !176, !177, !178}
!121 = !DILocalVariable(name: "sensors", scope: !117, file: !2, line: 30, type: !91)
!122 = !DILocalVariable(name: "tx", scope: !117, file: !2, line: 31, type: !123)
!123 = !DICompositeType(tag: DW_TAG_array_type, baseType: !91, size: 192, elements: !124)
!124 = !{!125}
!125 = !DISubrange(count: 3)
!126 = !DILocalVariable(name: "rx", scope: !117, file: !2, line: 31, type: !123)
!127 = !DILocalVariable(name: "v", scope: !128, file: !2, line: 31, type: !54)
!128 = distinct !DILexicalBlock(scope: !117, file: !2, line: 31, column: 3)
!129 = !DILocalVariable(name: "stopped", scope: !117, file: !2, line: 32, type: !130)
!130 = !DICompositeType(tag: DW_TAG_array_type, baseType: !86, size: 96, elements: !124)
!131 = !DILocalVariable(name: "sensor_env", scope: !117, file: !2, line: 33, type: !132)
!132 = !DICompositeType(tag: DW_TAG_array_type, baseType: !82, size: 576, elements: !124)
!133 = !DILocalVariable(name: "v", scope: !134, file: !2, line: 32, type: !54)
!134 = distinct !DILexicalBlock(scope: !117, file: !2, line: 32, column: 3)
!135 = !DILocalVariable(name: "nurse_tx", scope: !117, file: !2, line: 36, type: !91)
!136 = !DILocalVariable(name: "nurse_rx", scope: !117, file: !2, line: 36, type: !91)
!137 = !DILocalVariable(name: "doctor_tx", scope: !117, file: !2, line: 36, type: !91)
!138 = !DILocalVariable(name: "doctor_rx", scope: !117, file: !2, line: 36, type: !91)
!139 = !DILocalVariable(name: "ack_tx", scope: !117, file: !2, line: 36, type: !91)
!140 = !DILocalVariable(name: "ack_rx", scope: !117, file: !2, line: 36, type: !91)
!141 = !DILocalVariable(name: "physician_env", scope: !117, file: !2, line: 36, type: !95)
!142 = !DILocalVariable(name: "doctor", scope: !117, file: !2, line: 36, type: !91)
!143 = !DILocalVariable(name: "reading", scope: !117, file: !2, line: 38, type: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "Reading", file: !50, line: 17, baseType: !145)
!145 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Reading", file: !50, line: 15, size: 96, elements: !146)
!146 = !{!147, !148, !149}
!147 = !DIDerivedType(tag: DW_TAG_member, name: "vital", scope: !145, file: !50, line: 16, baseType: !86, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !145, file: !50, line: 16, baseType: !86, size: 32, offset: 32)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "seq", scope: !145, file: !50, line: 16, baseType: !86, size: 32, offset: 64)
!150 = !DILocalVariable(name: "critical", scope: !117, file: !2, line: 38, type: !144)
!151 = !DILocalVariable(name: "vitals", scope: !117, file: !2, line: 39, type: !152)
!152 = !DICompositeType(tag: DW_TAG_array_type, baseType: !153, size: 576, elements: !124)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "medi_select_case", file: !53, line: 32, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "medi_select_case", file: !53, line: 28, size: 192, elements: !155)
!155 = !{!156, !157, !158}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !154, file: !53, line: 29, baseType: !86, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "channel", scope: !154, file: !53, line: 30, baseType: !91, size: 64, offset: 64)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !154, file: !53, line: 31, baseType: !91, size: 64, offset: 128)
!159 = !DILocalVariable(name: "v", scope: !160, file: !2, line: 40, type: !54)
!160 = distinct !DILexicalBlock(scope: !117, file: !2, line: 40, column: 3)
!161 = !DILocalVariable(name: "index", scope: !162, file: !2, line: 42, type: !104)
!162 = distinct !DILexicalBlock(scope: !163, file: !2, line: 41, column: 12)
!163 = distinct !DILexicalBlock(scope: !164, file: !2, line: 41, column: 3)
!164 = distinct !DILexicalBlock(scope: !117, file: !2, line: 41, column: 3)
!165 = !DILocalVariable(name: "status", scope: !162, file: !2, line: 38, type: !86)
!166 = !DILocalVariable(name: "level", scope: !117, file: !2, line: 47, type: !86)
!167 = !DILocalVariable(name: "ack", scope: !117, file: !2, line: 47, type: !168)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "Ack", file: !50, line: 21, baseType: !169)
!169 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Ack", file: !50, line: 19, size: 32, elements: !170)
!170 = !{!171}
!171 = !DIDerivedType(tag: DW_TAG_member, name: "by", scope: !169, file: !50, line: 20, baseType: !86, size: 32)
!172 = !DILocalVariable(name: "acks", scope: !117, file: !2, line: 48, type: !173)
!173 = !DICompositeType(tag: DW_TAG_array_type, baseType: !153, size: 192, elements: !174)
!174 = !{!175}
!175 = !DISubrange(count: 1)
!176 = !DILocalVariable(name: "index", scope: !117, file: !2, line: 49, type: !104)
!177 = !DILocalVariable(name: "ended", scope: !117, file: !2, line: 58, type: !86)
!178 = !DILocalVariable(name: "v", scope: !179, file: !2, line: 61, type: !54)
!179 = distinct !DILexicalBlock(scope: !117, file: !2, line: 61, column: 3)
!180 = !DILocation(line: 29, column: 3, scope: !117)
!181 = !DILocation(line: 30, column: 3, scope: !117)
!182 = !DILocation(line: 30, column: 9, scope: !117)
!183 = !DILocation(line: 30, column: 19, scope: !117)
!184 = !{!185, !185, i64 0}
!185 = !{!"any pointer", !186, i64 0}
!186 = !{!"omnipotent char", !187, i64 0}
!187 = !{!"Simple C/C++ TBAA"}
!188 = !DILocation(line: 31, column: 3, scope: !117)
!189 = !DILocation(line: 31, column: 9, scope: !117)
!190 = !DILocation(line: 31, column: 22, scope: !117)
!191 = !DILocation(line: 31, column: 8, scope: !128)
!192 = !DILocation(line: 31, column: 12, scope: !128)
!193 = !{!194, !194, i64 0}
!194 = !{!"int", !186, i64 0}
!195 = !DILocation(line: 31, column: 19, scope: !196)
!196 = distinct !DILexicalBlock(scope: !128, file: !2, line: 31, column: 3)
!197 = !DILocation(line: 31, column: 21, scope: !196)
!198 = !DILocation(line: 31, column: 3, scope: !128)
!199 = !DILocation(line: 31, column: 3, scope: !196)
!200 = !DILocation(line: 31, column: 79, scope: !201)
!201 = distinct !DILexicalBlock(scope: !196, file: !2, line: 31, column: 36)
!202 = !DILocation(line: 31, column: 76, scope: !201)
!203 = !DILocation(line: 31, column: 87, scope: !201)
!204 = !DILocation(line: 31, column: 84, scope: !201)
!205 = !DILocation(line: 31, column: 38, scope: !201)
!206 = !DILocation(line: 31, column: 92, scope: !201)
!207 = !DILocation(line: 31, column: 31, scope: !196)
!208 = distinct !{!208, !198, !209, !210, !211}
!209 = !DILocation(line: 31, column: 92, scope: !128)
!210 = !{!"llvm.loop.mustprogress"}
!211 = !{!"llvm.loop.unroll.disable"}
!212 = !DILocation(line: 32, column: 3, scope: !117)
!213 = !DILocation(line: 32, column: 11, scope: !117)
!214 = !DILocation(line: 33, column: 3, scope: !117)
!215 = !DILocation(line: 33, column: 13, scope: !117)
!216 = !DILocation(line: 32, column: 8, scope: !134)
!217 = !DILocation(line: 32, column: 12, scope: !134)
!218 = !DILocation(line: 32, column: 19, scope: !219)
!219 = distinct !DILexicalBlock(scope: !134, file: !2, line: 32, column: 3)
!220 = !DILocation(line: 32, column: 21, scope: !219)
!221 = !DILocation(line: 32, column: 3, scope: !134)
!222 = !DILocation(line: 32, column: 3, scope: !219)
!223 = !DILocation(line: 33, column: 16, scope: !224)
!224 = distinct !DILexicalBlock(scope: !219, file: !2, line: 32, column: 36)
!225 = !DILocation(line: 33, column: 5, scope: !224)
!226 = !DILocation(line: 33, column: 32, scope: !224)
!227 = !DILocation(line: 33, column: 33, scope: !224)
!228 = !{!229, !194, i64 0}
!229 = !{!"SensorEnv", !194, i64 0, !185, i64 8, !185, i64 16}
!230 = !DILocation(line: 33, column: 39, scope: !224)
!231 = !DILocation(line: 33, column: 36, scope: !224)
!232 = !{!229, !185, i64 8}
!233 = !DILocation(line: 33, column: 43, scope: !224)
!234 = !{!229, !185, i64 16}
!235 = !DILocation(line: 33, column: 21, scope: !224)
!236 = !{i64 0, i64 4, !193, i64 8, i64 8, !184, i64 16, i64 8, !184}
!237 = !DILocation(line: 34, column: 22, scope: !224)
!238 = !DILocation(line: 34, column: 51, scope: !224)
!239 = !DILocation(line: 34, column: 40, scope: !224)
!240 = !DILocation(line: 34, column: 5, scope: !224)
!241 = !DILocation(line: 35, column: 3, scope: !224)
!242 = !DILocation(line: 32, column: 31, scope: !219)
!243 = distinct !{!243, !221, !244, !210, !211}
!244 = !DILocation(line: 35, column: 3, scope: !134)
!245 = !DILocation(line: 36, column: 3, scope: !117)
!246 = !DILocation(line: 36, column: 9, scope: !117)
!247 = !DILocation(line: 36, column: 20, scope: !117)
!248 = !DILocation(line: 36, column: 31, scope: !117)
!249 = !DILocation(line: 36, column: 43, scope: !117)
!250 = !DILocation(line: 36, column: 55, scope: !117)
!251 = !DILocation(line: 36, column: 64, scope: !117)
!252 = !DILocation(line: 34, column: 3, scope: !117)
!253 = !DILocation(line: 35, column: 3, scope: !117)
!254 = !DILocation(line: 36, column: 16, scope: !117)
!255 = !DILocation(line: 36, column: 32, scope: !117)
!256 = !DILocation(line: 36, column: 33, scope: !117)
!257 = !{!258, !185, i64 0}
!258 = !{!"PhysicianEnv", !185, i64 0, !185, i64 8}
!259 = !DILocation(line: 36, column: 44, scope: !117)
!260 = !{!258, !185, i64 8}
!261 = !DILocation(line: 36, column: 18, scope: !117)
!262 = !DILocation(line: 38, column: 3, scope: !117)
!263 = !DILocation(line: 38, column: 11, scope: !117)
!264 = !DILocation(line: 38, column: 20, scope: !117)
!265 = !DILocation(line: 39, column: 3, scope: !117)
!266 = !DILocation(line: 39, column: 20, scope: !117)
!267 = !DILocation(line: 40, column: 8, scope: !160)
!268 = !DILocation(line: 40, column: 12, scope: !160)
!269 = !DILocation(line: 40, column: 19, scope: !270)
!270 = distinct !DILexicalBlock(scope: !160, file: !2, line: 40, column: 3)
!271 = !DILocation(line: 40, column: 21, scope: !270)
!272 = !DILocation(line: 40, column: 3, scope: !160)
!273 = !DILocation(line: 40, column: 3, scope: !270)
!274 = !DILocation(line: 40, column: 45, scope: !275)
!275 = distinct !DILexicalBlock(scope: !270, file: !2, line: 40, column: 36)
!276 = !DILocation(line: 40, column: 38, scope: !275)
!277 = !DILocation(line: 40, column: 68, scope: !275)
!278 = !{!279, !194, i64 0}
!279 = !{!"medi_select_case", !194, i64 0, !185, i64 8, !185, i64 16}
!280 = !DILocation(line: 40, column: 90, scope: !275)
!281 = !DILocation(line: 40, column: 87, scope: !275)
!282 = !{!279, !185, i64 8}
!283 = !{!279, !185, i64 16}
!284 = !DILocation(line: 40, column: 50, scope: !275)
!285 = !DILocation(line: 40, column: 105, scope: !275)
!286 = !DILocation(line: 40, column: 31, scope: !270)
!287 = distinct !{!287, !272, !288, !210, !211}
!288 = !DILocation(line: 40, column: 105, scope: !160)
!289 = !DILocation(line: 41, column: 3, scope: !117)
!290 = !DILocation(line: 42, column: 5, scope: !162)
!291 = !DILocation(line: 42, column: 13, scope: !162)
!292 = !DILocation(line: 38, column: 5, scope: !162)
!293 = !DILocation(line: 38, column: 13, scope: !162)
!294 = !DILocation(line: 38, column: 42, scope: !162)
!295 = !DILocation(line: 38, column: 22, scope: !162)
!296 = !DILocation(line: 39, column: 9, scope: !297)
!297 = distinct !DILexicalBlock(scope: !162, file: !2, line: 39, column: 9)
!298 = !DILocation(line: 39, column: 16, scope: !297)
!299 = !DILocation(line: 39, column: 9, scope: !162)
!300 = !DILocation(line: 42, column: 7, scope: !301)
!301 = distinct !DILexicalBlock(scope: !297, file: !2, line: 39, column: 33)
!302 = !DILocation(line: 43, column: 7, scope: !301)
!303 = !DILocation(line: 45, column: 9, scope: !304)
!304 = distinct !DILexicalBlock(scope: !162, file: !2, line: 45, column: 9)
!305 = !{!306, !306, i64 0}
!306 = !{!"long", !186, i64 0}
!307 = !DILocation(line: 45, column: 15, scope: !304)
!308 = !DILocation(line: 45, column: 23, scope: !304)
!309 = !DILocation(line: 45, column: 34, scope: !304)
!310 = !{!311, !194, i64 4}
!311 = !{!"Reading", !194, i64 0, !194, i64 4, !194, i64 8}
!312 = !DILocation(line: 45, column: 40, scope: !304)
!313 = !DILocation(line: 45, column: 9, scope: !162)
!314 = !DILocation(line: 46, column: 18, scope: !315)
!315 = distinct !DILexicalBlock(scope: !304, file: !2, line: 45, column: 46)
!316 = !{i64 0, i64 4, !193, i64 4, i64 4, !193, i64 8, i64 4, !193}
!317 = !DILocation(line: 47, column: 7, scope: !315)
!318 = !DILocation(line: 49, column: 3, scope: !163)
!319 = !DILocation(line: 41, column: 3, scope: !163)
!320 = distinct !{!320, !321, !322, !211}
!321 = !DILocation(line: 41, column: 3, scope: !164)
!322 = !DILocation(line: 49, column: 3, scope: !164)
!323 = !DILocation(line: 45, column: 58, scope: !117)
!324 = !DILocation(line: 45, column: 74, scope: !117)
!325 = !{!311, !194, i64 8}
!326 = !DILocation(line: 45, column: 3, scope: !117)
!327 = !DILocation(line: 47, column: 3, scope: !117)
!328 = !DILocation(line: 47, column: 11, scope: !117)
!329 = !DILocation(line: 46, column: 18, scope: !117)
!330 = !DILocation(line: 46, column: 3, scope: !117)
!331 = !DILocation(line: 47, column: 7, scope: !117)
!332 = !DILocation(line: 48, column: 3, scope: !117)
!333 = !DILocation(line: 48, column: 20, scope: !117)
!334 = !DILocation(line: 48, column: 31, scope: !117)
!335 = !DILocation(line: 48, column: 50, scope: !117)
!336 = !DILocation(line: 49, column: 3, scope: !117)
!337 = !DILocation(line: 49, column: 11, scope: !117)
!338 = !DILocation(line: 47, column: 27, scope: !339)
!339 = distinct !DILexicalBlock(scope: !117, file: !2, line: 47, column: 7)
!340 = !DILocation(line: 47, column: 7, scope: !339)
!341 = !DILocation(line: 47, column: 57, scope: !339)
!342 = !DILocation(line: 48, column: 5, scope: !343)
!343 = distinct !DILexicalBlock(scope: !339, file: !2, line: 47, column: 69)
!344 = !DILocation(line: 49, column: 3, scope: !343)
!345 = !DILocation(line: 49, column: 5, scope: !346)
!346 = distinct !DILexicalBlock(scope: !339, file: !2, line: 49, column: 10)
!347 = !DILocation(line: 52, column: 9, scope: !117)
!348 = !DILocation(line: 51, column: 18, scope: !117)
!349 = !DILocation(line: 51, column: 3, scope: !117)
!350 = !DILocation(line: 52, column: 27, scope: !351)
!351 = distinct !DILexicalBlock(scope: !117, file: !2, line: 52, column: 7)
!352 = !DILocation(line: 52, column: 7, scope: !351)
!353 = !DILocation(line: 52, column: 56, scope: !351)
!354 = !DILocation(line: 52, column: 67, scope: !351)
!355 = !DILocation(line: 52, column: 74, scope: !351)
!356 = !{!357, !194, i64 0}
!357 = !{!"Ack", !194, i64 0}
!358 = !DILocation(line: 52, column: 77, scope: !351)
!359 = !DILocation(line: 52, column: 7, scope: !117)
!360 = !DILocation(line: 53, column: 5, scope: !361)
!361 = distinct !DILexicalBlock(scope: !351, file: !2, line: 52, column: 91)
!362 = !DILocation(line: 54, column: 3, scope: !361)
!363 = !DILocation(line: 54, column: 5, scope: !364)
!364 = distinct !DILexicalBlock(scope: !351, file: !2, line: 54, column: 10)
!365 = !DILocation(line: 56, column: 13, scope: !117)
!366 = !DILocation(line: 56, column: 3, scope: !117)
!367 = !DILocation(line: 57, column: 21, scope: !117)
!368 = !DILocation(line: 57, column: 3, scope: !117)
!369 = !DILocation(line: 58, column: 3, scope: !117)
!370 = !DILocation(line: 58, column: 11, scope: !117)
!371 = !DILocation(line: 58, column: 35, scope: !117)
!372 = !DILocation(line: 58, column: 19, scope: !117)
!373 = !DILocation(line: 60, column: 10, scope: !117)
!374 = !DILocation(line: 60, column: 16, scope: !117)
!375 = !DILocation(line: 60, column: 63, scope: !117)
!376 = !DILocation(line: 60, column: 76, scope: !117)
!377 = !DILocation(line: 60, column: 74, scope: !117)
!378 = !DILocation(line: 60, column: 89, scope: !117)
!379 = !DILocation(line: 60, column: 87, scope: !117)
!380 = !DILocation(line: 59, column: 3, scope: !117)
!381 = !DILocation(line: 61, column: 8, scope: !179)
!382 = !DILocation(line: 61, column: 12, scope: !179)
!383 = !DILocation(line: 61, column: 19, scope: !384)
!384 = distinct !DILexicalBlock(scope: !179, file: !2, line: 61, column: 3)
!385 = !DILocation(line: 61, column: 21, scope: !384)
!386 = !DILocation(line: 61, column: 3, scope: !179)
!387 = !DILocation(line: 61, column: 3, scope: !384)
!388 = !DILocation(line: 62, column: 30, scope: !389)
!389 = distinct !DILexicalBlock(scope: !384, file: !2, line: 61, column: 36)
!390 = !DILocation(line: 62, column: 27, scope: !389)
!391 = !DILocation(line: 62, column: 5, scope: !389)
!392 = !DILocation(line: 63, column: 32, scope: !389)
!393 = !DILocation(line: 63, column: 29, scope: !389)
!394 = !DILocation(line: 63, column: 5, scope: !389)
!395 = !DILocation(line: 64, column: 3, scope: !389)
!396 = !DILocation(line: 61, column: 31, scope: !384)
!397 = distinct !{!397, !386, !398, !210, !211}
!398 = !DILocation(line: 64, column: 3, scope: !179)
!399 = !DILocation(line: 65, column: 25, scope: !117)
!400 = !DILocation(line: 65, column: 3, scope: !117)
!401 = !DILocation(line: 66, column: 27, scope: !117)
!402 = !DILocation(line: 66, column: 3, scope: !117)
!403 = !DILocation(line: 67, column: 25, scope: !117)
!404 = !DILocation(line: 67, column: 3, scope: !117)
!405 = !DILocation(line: 68, column: 27, scope: !117)
!406 = !DILocation(line: 68, column: 3, scope: !117)
!407 = !DILocation(line: 69, column: 25, scope: !117)
!408 = !DILocation(line: 69, column: 3, scope: !117)
!409 = !DILocation(line: 70, column: 27, scope: !117)
!410 = !DILocation(line: 70, column: 3, scope: !117)
!411 = !DILocation(line: 60, column: 3, scope: !117)
!412 = !DILocation(line: 61, column: 1, scope: !117)
!413 = !DISubprogram(name: "printf", scope: !414, file: !414, line: 356, type: !415, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!414 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!415 = !DISubroutineType(types: !416)
!416 = !{!54, !417, null}
!417 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !418)
!418 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !419, size: 64)
!419 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!420 = !DISubprogram(name: "medi_group_create", linkageName: "medi.group.create", scope: !53, file: !53, line: 44, type: !421, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!421 = !DISubroutineType(types: !422)
!422 = !{!91, !104}
!423 = !DISubprogram(name: "medi_chan_create", linkageName: "medi.chan.create", scope: !53, file: !53, line: 20, type: !424, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!424 = !DISubroutineType(types: !425)
!425 = !{null, !104, !104, !426, !426}
!426 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !91, size: 64)
!427 = !DISubprogram(name: "medi_group_spawn", linkageName: "medi.group.spawn", scope: !53, file: !53, line: 45, type: !428, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!428 = !DISubroutineType(types: !429)
!429 = !{!86, !91, !430, !434, !104}
!430 = !DIDerivedType(tag: DW_TAG_typedef, name: "medi_task_fn", file: !53, line: 11, baseType: !431)
!431 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !432, size: 64)
!432 = !DISubroutineType(types: !433)
!433 = !{null, !91}
!434 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !435, size: 64)
!435 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!436 = distinct !DISubprogram(name: "sensor", scope: !2, file: !2, line: 15, type: !432, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !49, retainedNodes: !437)
!437 = !{!438, !439, !440, !442}
!438 = !DILocalVariable(name: "env", arg: 1, scope: !436, file: !2, line: 15, type: !91)
!439 = !DILocalVariable(name: "self", scope: !436, file: !2, line: 16, type: !81)
!440 = !DILocalVariable(name: "seq", scope: !441, file: !2, line: 17, type: !86)
!441 = distinct !DILexicalBlock(scope: !436, file: !2, line: 17, column: 3)
!442 = !DILocalVariable(name: "reading", scope: !443, file: !2, line: 18, type: !144)
!443 = distinct !DILexicalBlock(scope: !444, file: !2, line: 17, column: 33)
!444 = distinct !DILexicalBlock(scope: !441, file: !2, line: 17, column: 3)
!445 = !DILocation(line: 15, column: 26, scope: !436)
!446 = !DILocation(line: 16, column: 3, scope: !436)
!447 = !DILocation(line: 16, column: 14, scope: !436)
!448 = !DILocation(line: 16, column: 34, scope: !436)
!449 = !DILocation(line: 17, column: 8, scope: !441)
!450 = !DILocation(line: 17, column: 16, scope: !441)
!451 = !DILocation(line: 17, column: 9, scope: !452)
!452 = distinct !DILexicalBlock(scope: !443, file: !2, line: 17, column: 9)
!453 = !DILocation(line: 17, column: 28, scope: !452)
!454 = !DILocation(line: 17, column: 9, scope: !443)
!455 = !DILocation(line: 17, column: 49, scope: !456)
!456 = distinct !DILexicalBlock(scope: !452, file: !2, line: 17, column: 47)
!457 = !DILocation(line: 18, column: 5, scope: !443)
!458 = !DILocation(line: 18, column: 13, scope: !443)
!459 = !DILocation(line: 18, column: 23, scope: !443)
!460 = !DILocation(line: 18, column: 24, scope: !443)
!461 = !DILocation(line: 18, column: 30, scope: !443)
!462 = !{!311, !194, i64 0}
!463 = !DILocation(line: 18, column: 46, scope: !443)
!464 = !DILocation(line: 18, column: 52, scope: !443)
!465 = !DILocation(line: 18, column: 59, scope: !443)
!466 = !DILocation(line: 18, column: 37, scope: !443)
!467 = !DILocation(line: 18, column: 65, scope: !443)
!468 = !DILocation(line: 18, column: 24, scope: !469)
!469 = distinct !DILexicalBlock(scope: !443, file: !2, line: 18, column: 9)
!470 = !DILocation(line: 18, column: 30, scope: !469)
!471 = !DILocation(line: 18, column: 9, scope: !469)
!472 = !DILocation(line: 18, column: 45, scope: !469)
!473 = !DILocation(line: 18, column: 9, scope: !443)
!474 = !DILocation(line: 18, column: 66, scope: !475)
!475 = distinct !DILexicalBlock(scope: !469, file: !2, line: 18, column: 64)
!476 = !DILocation(line: 19, column: 3, scope: !444)
!477 = !DILocation(line: 19, column: 3, scope: !443)
!478 = !DILocation(line: 17, column: 26, scope: !444)
!479 = !DILocation(line: 17, column: 3, scope: !444)
!480 = distinct !{!480, !481, !482, !211}
!481 = !DILocation(line: 17, column: 3, scope: !441)
!482 = !DILocation(line: 19, column: 3, scope: !441)
!483 = !DILocation(line: 20, column: 32, scope: !436)
!484 = !DILocation(line: 20, column: 3, scope: !436)
!485 = !DILocation(line: 20, column: 9, scope: !436)
!486 = !DILocation(line: 20, column: 17, scope: !436)
!487 = !DILocation(line: 20, column: 23, scope: !436)
!488 = !DILocation(line: 20, column: 30, scope: !436)
!489 = !DILocation(line: 21, column: 1, scope: !436)
!490 = !DISubprogram(name: "medi_spawn", linkageName: "medi.spawn", scope: !53, file: !53, line: 13, type: !491, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!491 = !DISubroutineType(types: !492)
!492 = !{!91, !430, !434, !104}
!493 = distinct !DISubprogram(name: "physician", scope: !2, file: !2, line: 23, type: !432, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !49, retainedNodes: !494)
!494 = !{!495, !496, !497, !498}
!495 = !DILocalVariable(name: "env", arg: 1, scope: !493, file: !2, line: 23, type: !91)
!496 = !DILocalVariable(name: "self", scope: !493, file: !2, line: 24, type: !94)
!497 = !DILocalVariable(name: "level", scope: !493, file: !2, line: 25, type: !86)
!498 = !DILocalVariable(name: "ack", scope: !493, file: !2, line: 25, type: !168)
!499 = !DILocation(line: 23, column: 29, scope: !493)
!500 = !DILocation(line: 24, column: 3, scope: !493)
!501 = !DILocation(line: 24, column: 17, scope: !493)
!502 = !DILocation(line: 24, column: 40, scope: !493)
!503 = !DILocation(line: 25, column: 3, scope: !493)
!504 = !DILocation(line: 25, column: 11, scope: !493)
!505 = !DILocation(line: 24, column: 18, scope: !493)
!506 = !DILocation(line: 24, column: 24, scope: !493)
!507 = !DILocation(line: 25, column: 7, scope: !493)
!508 = !DILocation(line: 25, column: 18, scope: !493)
!509 = !DILocation(line: 25, column: 24, scope: !493)
!510 = !DILocation(line: 26, column: 1, scope: !493)
!511 = !DISubprogram(name: "medi_select_timeout", linkageName: "medi.select.timeout", scope: !53, file: !53, line: 35, type: !512, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!512 = !DISubroutineType(types: !513)
!513 = !{!86, !514, !104, !104, !515}
!514 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !153, size: 64)
!515 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !104, size: 64)
!516 = !DISubprogram(name: "medi_chan_send", linkageName: "medi.chan.send", scope: !53, file: !53, line: 22, type: !517, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!517 = !DISubroutineType(types: !518)
!518 = !{!86, !91, !434}
!519 = !DISubprogram(name: "medi_join", linkageName: "medi.join", scope: !53, file: !53, line: 16, type: !520, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!520 = !DISubroutineType(types: !521)
!521 = !{!86, !91}
!522 = !DISubprogram(name: "medi_group_cancel", linkageName: "medi.group.cancel", scope: !53, file: !53, line: 48, type: !432, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!523 = !DISubprogram(name: "medi_group_wait", linkageName: "medi.group.wait", scope: !53, file: !53, line: 47, type: !520, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!524 = !DISubprogram(name: "medi_chan_sender_drop", linkageName: "medi.chan.sender.drop", scope: !53, file: !53, line: 25, type: !432, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!525 = !DISubprogram(name: "medi_chan_receiver_drop", linkageName: "medi.chan.receiver.drop", scope: !53, file: !53, line: 26, type: !432, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!526 = !DISubprogram(name: "medi_sleep", linkageName: "medi.sleep", scope: !53, file: !53, line: 40, type: !527, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!527 = !DISubroutineType(types: !528)
!528 = !{!86, !104}
!529 = distinct !DISubprogram(name: "simulate", scope: !50, file: !50, line: 34, type: !530, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !49, retainedNodes: !532)
!530 = !DISubroutineType(types: !531)
!531 = !{!86, !86, !86}
!532 = !{!533, !534}
!533 = !DILocalVariable(name: "vital", arg: 1, scope: !529, file: !50, line: 34, type: !86)
!534 = !DILocalVariable(name: "seq", arg: 2, scope: !529, file: !50, line: 34, type: !86)
!535 = !DILocation(line: 34, column: 33, scope: !529)
!536 = !DILocation(line: 34, column: 48, scope: !529)
!537 = !DILocation(line: 35, column: 11, scope: !529)
!538 = !DILocation(line: 35, column: 3, scope: !529)
!539 = !DILocation(line: 36, column: 32, scope: !540)
!540 = distinct !DILexicalBlock(scope: !529, file: !50, line: 35, column: 18)
!541 = !DILocation(line: 36, column: 36, scope: !540)
!542 = !DILocation(line: 36, column: 30, scope: !540)
!543 = !DILocation(line: 36, column: 20, scope: !540)
!544 = !DILocation(line: 37, column: 21, scope: !540)
!545 = !DILocation(line: 37, column: 25, scope: !540)
!546 = !DILocation(line: 37, column: 14, scope: !540)
!547 = !DILocation(line: 38, column: 25, scope: !540)
!548 = !DILocation(line: 38, column: 29, scope: !540)
!549 = !DILocation(line: 38, column: 23, scope: !540)
!550 = !DILocation(line: 38, column: 12, scope: !540)
!551 = !DILocation(line: 40, column: 1, scope: !529)
!552 = !DISubprogram(name: "medi_task_cancelled", linkageName: "medi.task.cancelled", scope: !53, file: !53, line: 49, type: !553, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!553 = !DISubroutineType(types: !554)
!554 = !{!86}
!555 = !DISubprogram(name: "medi_chan_recv", linkageName: "medi.chan.recv", scope: !53, file: !53, line: 23, type: !556, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!556 = !DISubroutineType(types: !557)
!557 = !{!86, !91, !91}
!90000 = !{i32 1, !"medi.abi.version", i32 1}
