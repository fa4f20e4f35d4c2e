; lab_pipeline.ll: the LLVM IR of lab_pipeline.medi, as medic emits it (ABI version 1).
;
; Run it:   medi-run examples/lab_pipeline/lab_pipeline.ll
; Build it: medi-build examples/lab_pipeline/lab_pipeline.ll -o lab_pipeline
;
; Produced by examples/standins/regenerate.sh from the C stand-in standins/lab_pipeline.c.
; The Medi source it stands for:
;
;   // lab_pipeline.medi: lab results fan out to validator tasks over an MPMC channel and fan back
;   // in to an aggregator. One record is malformed: the validator that takes it panics, the
;   // runtime reports the file, line and op, and the other validators finish the batch.
;   module lab_pipeline
;
;   struct LabResult { id: i32, test: Test, milli_units: i32 }   // id 0 ends a batch
;   struct Normalised { id: i32, test: Test, value: i32 }        // id 0 ends the results
;   enum Test { Potassium, Sodium, Glucose }
;
;   const RECORDS = 60
;   const VALIDATORS = 3
;
;   fn intake(out: Sender<LabResult>) {
;     for id in 1..=RECORDS {
;       let reading = if id == 17 { -4200 } else { 1000 + id * 37 % 400 }
;       out.send(LabResult { id: id, test: (id % 3) as Test, milli_units: reading })
;     }
;     for _ in 0..VALIDATORS { out.send(LabResult::END) }
;   }
;
;   task(priority: high) fn validate(input: Receiver<LabResult>, output: Sender<Normalised>) {
;     loop {
;       let record = input.recv()
;       if record.id == 0 { return }
;       if record.milli_units < 0 {
;         panic("malformed lab record {record.id}: negative {record.test} reading")
;       }
;       output.send(Normalised { id: record.id, test: record.test, value: record.milli_units / 10 })
;     }
;   }
;
;   task(priority: low) fn aggregate(input: Receiver<Normalised>) -> Totals {
;     let totals = Totals::new()
;     loop {
;       let result = input.recv()
;       if result.id == 0 { return totals }
;       totals.add(result)
;     }
;   }
;
;   fn main() -> i32 {
;     let (raw_tx, raw_rx) = channel<LabResult>(unbounded)
;     let (done_tx, done_rx) = channel<Normalised>(capacity: 8)
;     let totals = spawn aggregate(done_rx)
;     let validators = [spawn validate(raw_rx, done_tx) for _ in 0..VALIDATORS]
;     intake(raw_tx)
;     let failed = count(join(v) == Panicked for v in validators)
;     done_tx.send(Normalised::END)
;     let t = join(totals)
;     print("lab pipeline: {RECORDS} records, {t.count} normalised, {RECORDS - t.count} rejected")
;     print("validators: {VALIDATORS} started, {failed} failed")
;     for test in Test { print("  {test}: {t.count[test]} results, mean {t.mean(test)}") }
;     drop(raw_tx, raw_rx, done_tx, done_rx)
;     return 0
;   }

; ModuleID = 'lab_pipeline.c'
source_filename = "lab_pipeline.medi"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Totals = type { [3 x i32], [3 x i64] }
%struct.AggregateEnv = type { ptr, ptr }
%struct.ValidateEnv = type { ptr, ptr }
%struct.Normalised = type { i32, i32, i32 }
%struct.LabResult = type { i32, i32, i32 }

@.str = private unnamed_addr constant [54 x i8] c"lab pipeline: %d records, %d normalised, %d rejected\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [35 x i8] c"validators: %d started, %d failed\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [31 x i8] c"  %-9s: %d results, mean %.1f\0A\00", align 1, !dbg !12
@TEST_NAMES = internal constant [3 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16, !dbg !17
@.str.3 = private unnamed_addr constant [45 x i8] c"malformed lab record %d: negative %s reading\00", align 1, !dbg !81
@.str.4 = private unnamed_addr constant [10 x i8] c"potassium\00", align 1, !dbg !86
@.str.5 = private unnamed_addr constant [7 x i8] c"sodium\00", align 1, !dbg !91
@.str.6 = private unnamed_addr constant [8 x i8] c"glucose\00", align 1, !dbg !96

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !111 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca %struct.Totals, align 8
  %7 = alloca %struct.AggregateEnv, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [3 x ptr], align 16
  %10 = alloca %struct.ValidateEnv, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.Normalised, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr %2) #6, !dbg !140
    #dbg_declare(ptr %2, !115, !DIExpression(), !141)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #6, !dbg !140
    #dbg_declare(ptr %3, !116, !DIExpression(), !142)
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #6, !dbg !140
    #dbg_declare(ptr %4, !117, !DIExpression(), !143)
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #6, !dbg !140
    #dbg_declare(ptr %5, !118, !DIExpression(), !144)
  call void @medi.chan.create(i64 noundef 12, i64 noundef -1, ptr noundef %2, ptr noundef %3), !dbg !140
  call void @medi.chan.create(i64 noundef 12, i64 noundef 8, ptr noundef %4, ptr noundef %5), !dbg !145
  call void @llvm.lifetime.start.p0(i64 40, ptr %6) #6, !dbg !146
    #dbg_declare(ptr %6, !119, !DIExpression(), !147)
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 40, i1 false), !dbg !147
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #6, !dbg !148
    #dbg_declare(ptr %7, !120, !DIExpression(), !149)
  %17 = getelementptr inbounds %struct.AggregateEnv, ptr %7, i32 0, i32 0, !dbg !150
  %18 = load ptr, ptr %5, align 8, !dbg !151, !tbaa !152
  store ptr %18, ptr %17, align 8, !dbg !150, !tbaa !156
  %19 = getelementptr inbounds %struct.AggregateEnv, ptr %7, i32 0, i32 1, !dbg !150
  store ptr %6, ptr %19, align 8, !dbg !150, !tbaa !158
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6, !dbg !146
    #dbg_declare(ptr %8, !121, !DIExpression(), !159)
  %20 = call ptr @medi.spawn.priority(i32 noundef 0, ptr noundef @aggregate, ptr noundef %7, i64 noundef 16), !dbg !160
  store ptr %20, ptr %8, align 8, !dbg !159, !tbaa !152
  call void @llvm.lifetime.start.p0(i64 24, ptr %9) #6, !dbg !148
    #dbg_declare(ptr %9, !122, !DIExpression(), !161)
  call void @llvm.lifetime.start.p0(i64 16, ptr %10) #6, !dbg !162
    #dbg_declare(ptr %10, !124, !DIExpression(), !163)
  %21 = getelementptr inbounds %struct.ValidateEnv, ptr %10, i32 0, i32 0, !dbg !164
  %22 = load ptr, ptr %3, align 8, !dbg !165, !tbaa !152
  store ptr %22, ptr %21, align 8, !dbg !164, !tbaa !166
  %23 = getelementptr inbounds %struct.ValidateEnv, ptr %10, i32 0, i32 1, !dbg !164
  %24 = load ptr, ptr %4, align 8, !dbg !168, !tbaa !152
  store ptr %24, ptr %23, align 8, !dbg !164, !tbaa !169
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #6, !dbg !170
    #dbg_declare(ptr %11, !125, !DIExpression(), !171)
  store i32 0, ptr %11, align 4, !dbg !171, !tbaa !172
  br label %25, !dbg !170

25:                                               ; preds = %34, %0
  %26 = load i32, ptr %11, align 4, !dbg !174, !tbaa !172
  %27 = icmp slt i32 %26, 3, !dbg !176
  br i1 %27, label %29, label %28, !dbg !177

28:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #6, !dbg !178
  br label %37

29:                                               ; preds = %25
  %30 = call ptr @medi.spawn.priority(i32 noundef 2, ptr noundef @validate, ptr noundef %10, i64 noundef 16), !dbg !179
  %31 = load i32, ptr %11, align 4, !dbg !181, !tbaa !172
  %32 = sext i32 %31 to i64, !dbg !182
  %33 = getelementptr inbounds [3 x ptr], ptr %9, i64 0, i64 %32, !dbg !182
  store ptr %30, ptr %33, align 8, !dbg !183, !tbaa !152
  br label %34, !dbg !184

34:                                               ; preds = %29
  %35 = load i32, ptr %11, align 4, !dbg !185, !tbaa !172
  %36 = add nsw i32 %35, 1, !dbg !185
  store i32 %36, ptr %11, align 4, !dbg !185, !tbaa !172
  br label %25, !dbg !178, !llvm.loop !186

37:                                               ; preds = %28
  %38 = load ptr, ptr %2, align 8, !dbg !190, !tbaa !152
  call void @intake(ptr noundef %38), !dbg !162
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6, !dbg !191
    #dbg_declare(ptr %12, !127, !DIExpression(), !192)
  store i32 0, ptr %12, align 4, !dbg !192, !tbaa !172
  call void @llvm.lifetime.start.p0(i64 4, ptr %13) #6, !dbg !193
    #dbg_declare(ptr %13, !128, !DIExpression(), !194)
  store i32 0, ptr %13, align 4, !dbg !194, !tbaa !172
  br label %39, !dbg !193

39:                                               ; preds = %53, %37
  %40 = load i32, ptr %13, align 4, !dbg !195, !tbaa !172
  %41 = icmp slt i32 %40, 3, !dbg !197
  br i1 %41, label %43, label %42, !dbg !198

42:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(i64 4, ptr %13) #6, !dbg !199
  br label %56

43:                                               ; preds = %39
  %44 = load i32, ptr %13, align 4, !dbg !200, !tbaa !172
  %45 = sext i32 %44 to i64, !dbg !202
  %46 = getelementptr inbounds [3 x ptr], ptr %9, i64 0, i64 %45, !dbg !202
  %47 = load ptr, ptr %46, align 8, !dbg !202, !tbaa !152
  %48 = call i32 @medi.join(ptr noundef %47), !dbg !203
  %49 = icmp eq i32 %48, 5, !dbg !204
  %50 = zext i1 %49 to i32, !dbg !204
  %51 = load i32, ptr %12, align 4, !dbg !205, !tbaa !172
  %52 = add nsw i32 %51, %50, !dbg !205
  store i32 %52, ptr %12, align 4, !dbg !205, !tbaa !172
  br label %53, !dbg !206

53:                                               ; preds = %43
  %54 = load i32, ptr %13, align 4, !dbg !207, !tbaa !172
  %55 = add nsw i32 %54, 1, !dbg !207
  store i32 %55, ptr %13, align 4, !dbg !207, !tbaa !172
  br label %39, !dbg !199, !llvm.loop !208

56:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(i64 12, ptr %14) #6, !dbg !210
    #dbg_declare(ptr %14, !130, !DIExpression(), !211)
  call void @llvm.memset.p0.i64(ptr align 4 %14, i8 0, i64 12, i1 false), !dbg !211
  %57 = load ptr, ptr %4, align 8, !dbg !212, !tbaa !152
  %58 = call i32 @medi.chan.send(ptr noundef %57, ptr noundef %14), !dbg !210
  %59 = load ptr, ptr %8, align 8, !dbg !213, !tbaa !152
  %60 = call i32 @medi.join(ptr noundef %59), !dbg !214
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #6, !dbg !215
    #dbg_declare(ptr %15, !137, !DIExpression(), !216)
  %61 = getelementptr inbounds %struct.Totals, ptr %6, i32 0, i32 0, !dbg !217
  %62 = getelementptr inbounds [3 x i32], ptr %61, i64 0, i64 0, !dbg !218
  %63 = load i32, ptr %62, align 8, !dbg !218, !tbaa !172
  %64 = getelementptr inbounds %struct.Totals, ptr %6, i32 0, i32 0, !dbg !219
  %65 = getelementptr inbounds [3 x i32], ptr %64, i64 0, i64 1, !dbg !220
  %66 = load i32, ptr %65, align 4, !dbg !220, !tbaa !172
  %67 = add nsw i32 %63, %66, !dbg !221
  %68 = getelementptr inbounds %struct.Totals, ptr %6, i32 0, i32 0, !dbg !222
  %69 = getelementptr inbounds [3 x i32], ptr %68, i64 0, i64 2, !dbg !223
  %70 = load i32, ptr %69, align 8, !dbg !223, !tbaa !172
  %71 = add nsw i32 %67, %70, !dbg !224
  store i32 %71, ptr %15, align 4, !dbg !216, !tbaa !172
  %72 = load i32, ptr %15, align 4, !dbg !225, !tbaa !172
  %73 = load i32, ptr %15, align 4, !dbg !226, !tbaa !172
  %74 = sub nsw i32 60, %73, !dbg !227
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 60, i32 noundef %72, i32 noundef %74), !dbg !215
  %76 = load i32, ptr %12, align 4, !dbg !228, !tbaa !172
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef 3, i32 noundef %76), !dbg !229
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #6, !dbg !230
    #dbg_declare(ptr %16, !138, !DIExpression(), !231)
  store i32 0, ptr %16, align 4, !dbg !231, !tbaa !172
  br label %78, !dbg !230

78:                                               ; preds = %106, %56
  %79 = load i32, ptr %16, align 4, !dbg !232, !tbaa !172
  %80 = icmp slt i32 %79, 3, !dbg !234
  br i1 %80, label %82, label %81, !dbg !235

81:                                               ; preds = %78
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #6, !dbg !236
  br label %109

82:                                               ; preds = %78
  %83 = load i32, ptr %16, align 4, !dbg !237, !tbaa !172
  %84 = sext i32 %83 to i64, !dbg !239
  %85 = getelementptr inbounds [3 x ptr], ptr @TEST_NAMES, i64 0, i64 %84, !dbg !239
  %86 = load ptr, ptr %85, align 8, !dbg !239, !tbaa !152
  %87 = getelementptr inbounds %struct.Totals, ptr %6, i32 0, i32 0, !dbg !240
  %88 = load i32, ptr %16, align 4, !dbg !241, !tbaa !172
  %89 = sext i32 %88 to i64, !dbg !242
  %90 = getelementptr inbounds [3 x i32], ptr %87, i64 0, i64 %89, !dbg !242
  %91 = load i32, ptr %90, align 4, !dbg !242, !tbaa !172
  %92 = getelementptr inbounds %struct.Totals, ptr %6, i32 0, i32 1, !dbg !243
  %93 = load i32, ptr %16, align 4, !dbg !244, !tbaa !172
  %94 = sext i32 %93 to i64, !dbg !245
  %95 = getelementptr inbounds [3 x i64], ptr %92, i64 0, i64 %94, !dbg !245
  %96 = load i64, ptr %95, align 8, !dbg !245, !tbaa !246
  %97 = sitofp i64 %96 to double, !dbg !248
  %98 = getelementptr inbounds %struct.Totals, ptr %6, i32 0, i32 0, !dbg !249
  %99 = load i32, ptr %16, align 4, !dbg !250, !tbaa !172
  %100 = sext i32 %99 to i64, !dbg !251
  %101 = getelementptr inbounds [3 x i32], ptr %98, i64 0, i64 %100, !dbg !251
  %102 = load i32, ptr %101, align 4, !dbg !251, !tbaa !172
  %103 = sitofp i32 %102 to double, !dbg !251
  %104 = fdiv double %97, %103, !dbg !252
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %86, i32 noundef %91, double noundef %104), !dbg !253
  br label %106, !dbg !254

106:                                              ; preds = %82
  %107 = load i32, ptr %16, align 4, !dbg !255, !tbaa !172
  %108 = add nsw i32 %107, 1, !dbg !255
  store i32 %108, ptr %16, align 4, !dbg !255, !tbaa !172
  br label %78, !dbg !236, !llvm.loop !256

109:                                              ; preds = %81
  %110 = load ptr, ptr %2, align 8, !dbg !258, !tbaa !152
  call void @medi.chan.sender.drop(ptr noundef %110), !dbg !259
  %111 = load ptr, ptr %3, align 8, !dbg !260, !tbaa !152
  call void @medi.chan.receiver.drop(ptr noundef %111), !dbg !261
  %112 = load ptr, ptr %4, align 8, !dbg !262, !tbaa !152
  call void @medi.chan.sender.drop(ptr noundef %112), !dbg !263
  %113 = load ptr, ptr %5, align 8, !dbg !264, !tbaa !152
  call void @medi.chan.receiver.drop(ptr noundef %113), !dbg !265
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 12, ptr %14) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 16, ptr %10) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 24, ptr %9) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 40, ptr %6) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #6, !dbg !266
  call void @llvm.lifetime.end.p0(i64 8, ptr %2) #6, !dbg !266
  ret i32 0, !dbg !261
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare !dbg !267 void @medi.chan.create(i64 noundef, i64 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

declare !dbg !271 ptr @medi.spawn.priority(i32 noundef, ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: nounwind uwtable
define internal void @aggregate(ptr noundef %0) #0 !dbg !280 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca %struct.Normalised, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !152
    #dbg_declare(ptr %2, !282, !DIExpression(), !288)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #6, !dbg !289
    #dbg_declare(ptr %3, !283, !DIExpression(), !290)
  %6 = load ptr, ptr %2, align 8, !dbg !291, !tbaa !152
  store ptr %6, ptr %3, align 8, !dbg !290, !tbaa !152
  br label %7, !dbg !292

7:                                                ; preds = %42, %1
  call void @llvm.lifetime.start.p0(i64 12, ptr %4) #6, !dbg !293
    #dbg_declare(ptr %4, !284, !DIExpression(), !294)
  %8 = load ptr, ptr %3, align 8, !dbg !295, !tbaa !152
  %9 = getelementptr inbounds %struct.AggregateEnv, ptr %8, i32 0, i32 0, !dbg !296
  %10 = load ptr, ptr %9, align 8, !dbg !296, !tbaa !156
  %11 = call i32 @medi.chan.recv(ptr noundef %10, ptr noundef %4), !dbg !293
  %12 = getelementptr inbounds %struct.Normalised, ptr %4, i32 0, i32 0, !dbg !297
  %13 = load i32, ptr %12, align 4, !dbg !297, !tbaa !299
  %14 = icmp eq i32 %13, 0, !dbg !301
  br i1 %14, label %15, label %16, !dbg !302

15:                                               ; preds = %7
  store i32 1, ptr %5, align 4
  br label %40, !dbg !303

16:                                               ; preds = %7
  %17 = load ptr, ptr %3, align 8, !dbg !305, !tbaa !152
  %18 = getelementptr inbounds %struct.AggregateEnv, ptr %17, i32 0, i32 1, !dbg !306
  %19 = load ptr, ptr %18, align 8, !dbg !306, !tbaa !158
  %20 = getelementptr inbounds %struct.Totals, ptr %19, i32 0, i32 0, !dbg !307
  %21 = getelementptr inbounds %struct.Normalised, ptr %4, i32 0, i32 1, !dbg !308
  %22 = load i32, ptr %21, align 4, !dbg !308, !tbaa !309
  %23 = sext i32 %22 to i64, !dbg !305
  %24 = getelementptr inbounds [3 x i32], ptr %20, i64 0, i64 %23, !dbg !305
  %25 = load i32, ptr %24, align 4, !dbg !310, !tbaa !172
  %26 = add nsw i32 %25, 1, !dbg !310
  store i32 %26, ptr %24, align 4, !dbg !310, !tbaa !172
  %27 = getelementptr inbounds %struct.Normalised, ptr %4, i32 0, i32 2, !dbg !311
  %28 = load i32, ptr %27, align 4, !dbg !311, !tbaa !312
  %29 = sext i32 %28 to i64, !dbg !313
  %30 = load ptr, ptr %3, align 8, !dbg !314, !tbaa !152
  %31 = getelementptr inbounds %struct.AggregateEnv, ptr %30, i32 0, i32 1, !dbg !315
  %32 = load ptr, ptr %31, align 8, !dbg !315, !tbaa !158
  %33 = getelementptr inbounds %struct.Totals, ptr %32, i32 0, i32 1, !dbg !316
  %34 = getelementptr inbounds %struct.Normalised, ptr %4, i32 0, i32 1, !dbg !317
  %35 = load i32, ptr %34, align 4, !dbg !317, !tbaa !309
  %36 = sext i32 %35 to i64, !dbg !314
  %37 = getelementptr inbounds [3 x i64], ptr %33, i64 0, i64 %36, !dbg !314
  %38 = load i64, ptr %37, align 8, !dbg !318, !tbaa !246
  %39 = add nsw i64 %38, %29, !dbg !318
  store i64 %39, ptr %37, align 8, !dbg !318, !tbaa !246
  store i32 0, ptr %5, align 4, !dbg !319
  br label %40, !dbg !319

40:                                               ; preds = %16, %15
  call void @llvm.lifetime.end.p0(i64 12, ptr %4) #6, !dbg !319
  %41 = load i32, ptr %5, align 4
  switch i32 %41, label %43 [
    i32 0, label %42
  ]

42:                                               ; preds = %40
  br label %7, !dbg !320, !llvm.loop !321

43:                                               ; preds = %40
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #6, !dbg !324
  ret void, !dbg !324
}

; Function Attrs: nounwind uwtable
define internal void @validate(ptr noundef %0) #0 !dbg !325 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca %struct.LabResult, align 4
  %5 = alloca i32, align 4
  %6 = alloca [96 x i8], align 16
  %7 = alloca %struct.Normalised, align 4
  store ptr %0, ptr %2, align 8, !tbaa !152
    #dbg_declare(ptr %2, !327, !DIExpression(), !346)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #6, !dbg !347
    #dbg_declare(ptr %3, !328, !DIExpression(), !348)
  %8 = load ptr, ptr %2, align 8, !dbg !349, !tbaa !152
  store ptr %8, ptr %3, align 8, !dbg !348, !tbaa !152
  br label %9, !dbg !350

9:                                                ; preds = %50, %1
  call void @llvm.lifetime.start.p0(i64 12, ptr %4) #6, !dbg !351
    #dbg_declare(ptr %4, !329, !DIExpression(), !352)
  %10 = load ptr, ptr %3, align 8, !dbg !353, !tbaa !152
  %11 = getelementptr inbounds %struct.ValidateEnv, ptr %10, i32 0, i32 0, !dbg !354
  %12 = load ptr, ptr %11, align 8, !dbg !354, !tbaa !166
  %13 = call i32 @medi.chan.recv(ptr noundef %12, ptr noundef %4), !dbg !355
  %14 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 0, !dbg !356
  %15 = load i32, ptr %14, align 4, !dbg !356, !tbaa !358
  %16 = icmp eq i32 %15, 0, !dbg !360
  br i1 %16, label %17, label %18, !dbg !361

17:                                               ; preds = %9
  store i32 1, ptr %5, align 4
  br label %48, !dbg !362

18:                                               ; preds = %9
  %19 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 2, !dbg !364
  %20 = load i32, ptr %19, align 4, !dbg !364, !tbaa !365
  %21 = icmp slt i32 %20, 0, !dbg !366
  br i1 %21, label %22, label %33, !dbg !367

22:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(i64 96, ptr %6) #6, !dbg !368
    #dbg_declare(ptr %6, !339, !DIExpression(), !369)
  %23 = getelementptr inbounds [96 x i8], ptr %6, i64 0, i64 0, !dbg !370
  %24 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 0, !dbg !371
  %25 = load i32, ptr %24, align 4, !dbg !371, !tbaa !358
  %26 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 1, !dbg !372
  %27 = load i32, ptr %26, align 4, !dbg !372, !tbaa !373
  %28 = sext i32 %27 to i64, !dbg !374
  %29 = getelementptr inbounds [3 x ptr], ptr @TEST_NAMES, i64 0, i64 %28, !dbg !374
  %30 = load ptr, ptr %29, align 8, !dbg !374, !tbaa !152
  %31 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %23, i64 noundef 96, ptr noundef @.str.3, i32 noundef %25, ptr noundef %30) #6, !dbg !375
  %32 = getelementptr inbounds [96 x i8], ptr %6, i64 0, i64 0, !dbg !376
  call void @medi.panic(ptr noundef %32) #7, !dbg !368
  unreachable, !dbg !368

33:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(i64 12, ptr %7) #6, !dbg !377
    #dbg_declare(ptr %7, !345, !DIExpression(), !378)
  %34 = getelementptr inbounds %struct.Normalised, ptr %7, i32 0, i32 0, !dbg !379
  %35 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 0, !dbg !380
  %36 = load i32, ptr %35, align 4, !dbg !380, !tbaa !358
  store i32 %36, ptr %34, align 4, !dbg !379, !tbaa !299
  %37 = getelementptr inbounds %struct.Normalised, ptr %7, i32 0, i32 1, !dbg !379
  %38 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 1, !dbg !381
  %39 = load i32, ptr %38, align 4, !dbg !381, !tbaa !373
  store i32 %39, ptr %37, align 4, !dbg !379, !tbaa !309
  %40 = getelementptr inbounds %struct.Normalised, ptr %7, i32 0, i32 2, !dbg !379
  %41 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 2, !dbg !382
  %42 = load i32, ptr %41, align 4, !dbg !382, !tbaa !365
  %43 = sdiv i32 %42, 10, !dbg !383
  store i32 %43, ptr %40, align 4, !dbg !379, !tbaa !312
  %44 = load ptr, ptr %3, align 8, !dbg !384, !tbaa !152
  %45 = getelementptr inbounds %struct.ValidateEnv, ptr %44, i32 0, i32 1, !dbg !385
  %46 = load ptr, ptr %45, align 8, !dbg !385, !tbaa !169
  %47 = call i32 @medi.chan.send(ptr noundef %46, ptr noundef %7), !dbg !377
  call void @llvm.lifetime.end.p0(i64 12, ptr %7) #6, !dbg !386
  store i32 0, ptr %5, align 4, !dbg !386
  br label %48, !dbg !386

48:                                               ; preds = %33, %17
  call void @llvm.lifetime.end.p0(i64 12, ptr %4) #6, !dbg !386
  %49 = load i32, ptr %5, align 4
  switch i32 %49, label %51 [
    i32 0, label %50
  ]

50:                                               ; preds = %48
  br label %9, !dbg !387, !llvm.loop !388

51:                                               ; preds = %48
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #6, !dbg !391
  ret void, !dbg !391
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind uwtable
define internal void @intake(ptr noundef %0) #0 !dbg !392 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.LabResult, align 4
  %6 = alloca %struct.LabResult, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !152
    #dbg_declare(ptr %2, !394, !DIExpression(), !404)
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6, !dbg !405
    #dbg_declare(ptr %3, !395, !DIExpression(), !406)
  store i32 1, ptr %3, align 4, !dbg !406, !tbaa !172
  br label %8, !dbg !405

8:                                                ; preds = %32, %1
  %9 = load i32, ptr %3, align 4, !dbg !407, !tbaa !172
  %10 = icmp sle i32 %9, 60, !dbg !408
  br i1 %10, label %12, label %11, !dbg !409

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6, !dbg !410
  br label %35

12:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6, !dbg !411
    #dbg_declare(ptr %4, !397, !DIExpression(), !412)
  %13 = load i32, ptr %3, align 4, !dbg !413, !tbaa !172
  %14 = icmp eq i32 %13, 17, !dbg !414
  br i1 %14, label %15, label %16, !dbg !413

15:                                               ; preds = %12
  br label %21, !dbg !413

16:                                               ; preds = %12
  %17 = load i32, ptr %3, align 4, !dbg !415, !tbaa !172
  %18 = mul nsw i32 %17, 37, !dbg !416
  %19 = srem i32 %18, 400, !dbg !417
  %20 = add nsw i32 1000, %19, !dbg !418
  br label %21, !dbg !413

21:                                               ; preds = %16, %15
  %22 = phi i32 [ -4200, %15 ], [ %20, %16 ], !dbg !413
  store i32 %22, ptr %4, align 4, !dbg !412, !tbaa !172
  call void @llvm.lifetime.start.p0(i64 12, ptr %5) #6, !dbg !419
    #dbg_declare(ptr %5, !400, !DIExpression(), !420)
  %23 = getelementptr inbounds %struct.LabResult, ptr %5, i32 0, i32 0, !dbg !421
  %24 = load i32, ptr %3, align 4, !dbg !422, !tbaa !172
  store i32 %24, ptr %23, align 4, !dbg !421, !tbaa !358
  %25 = getelementptr inbounds %struct.LabResult, ptr %5, i32 0, i32 1, !dbg !421
  %26 = load i32, ptr %3, align 4, !dbg !423, !tbaa !172
  %27 = srem i32 %26, 3, !dbg !424
  store i32 %27, ptr %25, align 4, !dbg !421, !tbaa !373
  %28 = getelementptr inbounds %struct.LabResult, ptr %5, i32 0, i32 2, !dbg !421
  %29 = load i32, ptr %4, align 4, !dbg !425, !tbaa !172
  store i32 %29, ptr %28, align 4, !dbg !421, !tbaa !365
  %30 = load ptr, ptr %2, align 8, !dbg !426, !tbaa !152
  %31 = call i32 @medi.chan.send(ptr noundef %30, ptr noundef %5), !dbg !419
  call void @llvm.lifetime.end.p0(i64 12, ptr %5) #6, !dbg !427
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #6, !dbg !427
  br label %32, !dbg !428

32:                                               ; preds = %21
  %33 = load i32, ptr %3, align 4, !dbg !429, !tbaa !172
  %34 = add nsw i32 %33, 1, !dbg !429
  store i32 %34, ptr %3, align 4, !dbg !429, !tbaa !172
  br label %8, !dbg !410, !llvm.loop !430

35:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(i64 12, ptr %6) #6, !dbg !432
    #dbg_declare(ptr %6, !401, !DIExpression(), !433)
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 12, i1 false), !dbg !433
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6, !dbg !434
    #dbg_declare(ptr %7, !402, !DIExpression(), !435)
  store i32 0, ptr %7, align 4, !dbg !435, !tbaa !172
  br label %36, !dbg !434

36:                                               ; preds = %43, %35
  %37 = load i32, ptr %7, align 4, !dbg !436, !tbaa !172
  %38 = icmp slt i32 %37, 3, !dbg !438
  br i1 %38, label %40, label %39, !dbg !439

39:                                               ; preds = %36
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6, !dbg !440
  br label %46

40:                                               ; preds = %36
  %41 = load ptr, ptr %2, align 8, !dbg !441, !tbaa !152
  %42 = call i32 @medi.chan.send(ptr noundef %41, ptr noundef %6), !dbg !443
  br label %43, !dbg !444

43:                                               ; preds = %40
  %44 = load i32, ptr %7, align 4, !dbg !445, !tbaa !172
  %45 = add nsw i32 %44, 1, !dbg !445
  store i32 %45, ptr %7, align 4, !dbg !445, !tbaa !172
  br label %36, !dbg !440, !llvm.loop !446

46:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(i64 12, ptr %6) #6, !dbg !448
  ret void, !dbg !448
}

declare !dbg !449 i32 @medi.join(ptr noundef) #2

declare !dbg !452 i32 @medi.chan.send(ptr noundef, ptr noundef) #2

declare !dbg !455 i32 @printf(ptr noundef, ...) #2

declare !dbg !460 void @medi.chan.sender.drop(ptr noundef) #2

declare !dbg !461 void @medi.chan.receiver.drop(ptr noundef) #2

declare !dbg !462 i32 @medi.chan.recv(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind
declare !dbg !465 i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: noreturn
declare !dbg !473 void @medi.panic(ptr noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { noreturn }

!llvm.dbg.cu = !{!19}
!llvm.module.flags = !{!105, !106, !107, !108, !109, !110, !90000}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "lab_pipeline.medi", directory: "/src/lab_pipeline")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 432, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 54)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 51, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 280, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 35)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 52, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 248, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 31)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "TEST_NAMES", scope: !19, file: !20, line: 32, type: !101, isLocal: true, isDefinition: true)
!19 = distinct !DICompileUnit(language: DW_LANG_C11, file: !20, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !21, retainedTypes: !48, globals: !80, splitDebugInlining: false, nameTableKind: None)
!20 = !DIFile(filename: "lab_pipeline.medi", directory: "/src/lab_pipeline")
!21 = !{!22, !27, !33, !37, !42}
!22 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !23, line: 40, baseType: !24, size: 32, elements: !25)
!23 = !DIFile(filename: "./medi_intrinsics.h", directory: "/src/lab_pipeline")
!24 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!25 = !{!26}
!26 = !DIEnumerator(name: "MEDI_UNBOUNDED", value: -1)
!27 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !23, line: 39, baseType: !28, size: 32, elements: !29)
!28 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!29 = !{!30, !31, !32}
!30 = !DIEnumerator(name: "MEDI_LOW", value: 0)
!31 = !DIEnumerator(name: "MEDI_NORMAL", value: 1)
!32 = !DIEnumerator(name: "MEDI_HIGH", value: 2)
!33 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !20, line: 8, baseType: !28, size: 32, elements: !34)
!34 = !{!35, !36}
!35 = !DIEnumerator(name: "RECORDS", value: 60)
!36 = !DIEnumerator(name: "VALIDATORS", value: 3)
!37 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !23, line: 38, baseType: !28, size: 32, elements: !38)
!38 = !{!39, !40, !41}
!39 = !DIEnumerator(name: "MEDI_OK", value: 0)
!40 = !DIEnumerator(name: "MEDI_DISCONNECTED", value: 1)
!41 = !DIEnumerator(name: "MEDI_PANICKED", value: 5)
!42 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !20, line: 7, baseType: !28, size: 32, elements: !43)
!43 = !{!44, !45, !46, !47}
!44 = !DIEnumerator(name: "POTASSIUM", value: 0)
!45 = !DIEnumerator(name: "SODIUM", value: 1)
!46 = !DIEnumerator(name: "GLUCOSE", value: 2)
!47 = !DIEnumerator(name: "TESTS", value: 3)
!48 = !{!49, !50, !74}
!49 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "AggregateEnv", file: !20, line: 30, baseType: !52)
!52 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "AggregateEnv", file: !20, line: 27, size: 128, elements: !53)
!53 = !{!54, !56}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "input", scope: !52, file: !20, line: 28, baseType: !55, size: 64)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "totals", scope: !52, file: !20, line: 29, baseType: !57, size: 64, offset: 64)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "Totals", file: !20, line: 21, baseType: !59)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Totals", file: !20, line: 18, size: 320, elements: !60)
!60 = !{!61, !69}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "count", scope: !59, file: !20, line: 19, baseType: !62, size: 96)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 96, elements: !67)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !64, line: 26, baseType: !65)
!64 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "")
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !66, line: 41, baseType: !24)
!66 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "")
!67 = !{!68}
!68 = !DISubrange(count: 3)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sum", scope: !59, file: !20, line: 20, baseType: !70, size: 192, offset: 128)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !71, size: 192, elements: !67)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "int64_t", file: !64, line: 27, baseType: !72)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int64_t", file: !66, line: 44, baseType: !73)
!73 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "ValidateEnv", file: !20, line: 25, baseType: !76)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ValidateEnv", file: !20, line: 23, size: 128, elements: !77)
!77 = !{!78, !79}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "input", scope: !76, file: !20, line: 24, baseType: !55, size: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "output", scope: !76, file: !20, line: 24, baseType: !55, size: 64, offset: 64)
!80 = !{!0, !7, !12, !81, !86, !91, !96, !17}
!81 = !DIGlobalVariableExpression(var: !82, expr: !DIExpression())
!82 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !83, isLocal: true, isDefinition: true)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 360, elements: !84)
!84 = !{!85}
!85 = !DISubrange(count: 45)
!86 = !DIGlobalVariableExpression(var: !87, expr: !DIExpression())
!87 = distinct !DIGlobalVariable(scope: null, file: !20, line: 32, type: !88, isLocal: true, isDefinition: true)
!88 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !89)
!89 = !{!90}
!90 = !DISubrange(count: 10)
!91 = !DIGlobalVariableExpression(var: !92, expr: !DIExpression())
!92 = distinct !DIGlobalVariable(scope: null, file: !20, line: 32, type: !93, isLocal: true, isDefinition: true)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !94)
!94 = !{!95}
!95 = !DISubrange(count: 7)
!96 = !DIGlobalVariableExpression(var: !97, expr: !DIExpression())
!97 = distinct !DIGlobalVariable(scope: null, file: !20, line: 32, type: !98, isLocal: true, isDefinition: true)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !99)
!99 = !{!100}
!100 = !DISubrange(count: 8)
!101 = !DICompositeType(tag: DW_TAG_array_type, baseType: !102, size: 192, elements: !67)
!102 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !103)
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !104, size: 64)
!104 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!105 = !{i32 7, !"Dwarf Version", i32 5}
!106 = !{i32 2, !"Debug Info Version", i32 3}
!107 = !{i32 1, !"wchar_size", i32 4}
!108 = !{i32 8, !"PIC Level", i32 2}
!109 = !{i32 7, !"PIE Level", i32 2}
!110 = !{i32 7, !"uwtable", i32 2}
!111 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 41, type: !112, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !19, retainedNodes: !114)
!112 = !DISubroutineType(types: !113)
!113 = !{!24}
!114 = !{!115, !116, !117, !118, !119, !120, !121, !122, !124, !125, !127, !128, !130, !137, !138}
!115 = !DILocalVariable(name: "raw_tx", scope: !111, file: !2, line: 42, type: !55)
!116 = !DILocalVariable(name: "raw_rx", scope: !111, file: !2, line: 42, type: !55)
!117 = !DILocalVariable(name: "done_tx", scope: !111, file: !2, line: 42, type: !55)
!118 = !DILocalVariable(name: "done_rx", scope: !111, file: !2, line: 42, type: !55)
!119 = !DILocalVariable(name: "totals", scope: !111, file: !2, line: 44, type: !58)
!120 = !DILocalVariable(name: "aggregate_env", scope: !111, file: !2, line: 45, type: !51)
!121 = !DILocalVariable(name: "aggregator", scope: !111, file: !2, line: 44, type: !55)
!122 = !DILocalVariable(name: "validators", scope: !111, file: !2, line: 45, type: !123)
!123 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 192, elements: !67)
!124 = !DILocalVariable(name: "validate_env", scope: !111, file: !2, line: 46, type: !75)
!125 = !DILocalVariable(name: "v", scope: !126, file: !2, line: 45, type: !24)
!126 = distinct !DILexicalBlock(scope: !111, file: !2, line: 45, column: 3)
!127 = !DILocalVariable(name: "failed", scope: !111, file: !2, line: 47, type: !24)
!128 = !DILocalVariable(name: "v", scope: !129, file: !2, line: 47, type: !24)
!129 = distinct !DILexicalBlock(scope: !111, file: !2, line: 47, column: 3)
!130 = !DILocalVariable(name: "end", scope: !111, file: !2, line: 48, type: !131)
!131 = !DIDerivedType(tag: DW_TAG_typedef, name: "Normalised", file: !20, line: 16, baseType: !132)
!132 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Normalised", file: !20, line: 14, size: 96, elements: !133)
!133 = !{!134, !135, !136}
!134 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !132, file: !20, line: 15, baseType: !63, size: 32)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "test", scope: !132, file: !20, line: 15, baseType: !63, size: 32, offset: 32)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !132, file: !20, line: 15, baseType: !63, size: 32, offset: 64)
!137 = !DILocalVariable(name: "normalised", scope: !111, file: !2, line: 50, type: !24)
!138 = !DILocalVariable(name: "test", scope: !139, file: !2, line: 52, type: !24)
!139 = distinct !DILexicalBlock(scope: !111, file: !2, line: 52, column: 3)
!140 = !DILocation(line: 42, column: 3, scope: !111)
!141 = !DILocation(line: 42, column: 9, scope: !111)
!142 = !DILocation(line: 42, column: 18, scope: !111)
!143 = !DILocation(line: 42, column: 27, scope: !111)
!144 = !DILocation(line: 42, column: 37, scope: !111)
!145 = !DILocation(line: 43, column: 3, scope: !111)
!146 = !DILocation(line: 44, column: 3, scope: !111)
!147 = !DILocation(line: 44, column: 10, scope: !111)
!148 = !DILocation(line: 45, column: 3, scope: !111)
!149 = !DILocation(line: 45, column: 16, scope: !111)
!150 = !DILocation(line: 45, column: 32, scope: !111)
!151 = !DILocation(line: 45, column: 33, scope: !111)
!152 = !{!153, !153, i64 0}
!153 = !{!"any pointer", !154, i64 0}
!154 = !{!"omnipotent char", !155, i64 0}
!155 = !{!"Simple C/C++ TBAA"}
!156 = !{!157, !153, i64 0}
!157 = !{!"AggregateEnv", !153, i64 0, !153, i64 8}
!158 = !{!157, !153, i64 8}
!159 = !DILocation(line: 44, column: 9, scope: !111)
!160 = !DILocation(line: 44, column: 22, scope: !111)
!161 = !DILocation(line: 45, column: 9, scope: !111)
!162 = !DILocation(line: 46, column: 3, scope: !111)
!163 = !DILocation(line: 46, column: 15, scope: !111)
!164 = !DILocation(line: 46, column: 30, scope: !111)
!165 = !DILocation(line: 46, column: 31, scope: !111)
!166 = !{!167, !153, i64 0}
!167 = !{!"ValidateEnv", !153, i64 0, !153, i64 8}
!168 = !DILocation(line: 46, column: 39, scope: !111)
!169 = !{!167, !153, i64 8}
!170 = !DILocation(line: 45, column: 8, scope: !126)
!171 = !DILocation(line: 45, column: 12, scope: !126)
!172 = !{!173, !173, i64 0}
!173 = !{!"int", !154, i64 0}
!174 = !DILocation(line: 45, column: 19, scope: !175)
!175 = distinct !DILexicalBlock(scope: !126, file: !2, line: 45, column: 3)
!176 = !DILocation(line: 45, column: 21, scope: !175)
!177 = !DILocation(line: 45, column: 3, scope: !126)
!178 = !DILocation(line: 45, column: 3, scope: !175)
!179 = !DILocation(line: 46, column: 21, scope: !180)
!180 = distinct !DILexicalBlock(scope: !175, file: !2, line: 45, column: 40)
!181 = !DILocation(line: 46, column: 16, scope: !180)
!182 = !DILocation(line: 46, column: 5, scope: !180)
!183 = !DILocation(line: 46, column: 19, scope: !180)
!184 = !DILocation(line: 47, column: 3, scope: !180)
!185 = !DILocation(line: 45, column: 35, scope: !175)
!186 = distinct !{!186, !177, !187, !188, !189}
!187 = !DILocation(line: 47, column: 3, scope: !126)
!188 = !{!"llvm.loop.mustprogress"}
!189 = !{!"llvm.loop.unroll.disable"}
!190 = !DILocation(line: 46, column: 10, scope: !111)
!191 = !DILocation(line: 47, column: 3, scope: !111)
!192 = !DILocation(line: 47, column: 7, scope: !111)
!193 = !DILocation(line: 47, column: 8, scope: !129)
!194 = !DILocation(line: 47, column: 12, scope: !129)
!195 = !DILocation(line: 47, column: 19, scope: !196)
!196 = distinct !DILexicalBlock(scope: !129, file: !2, line: 47, column: 3)
!197 = !DILocation(line: 47, column: 21, scope: !196)
!198 = !DILocation(line: 47, column: 3, scope: !129)
!199 = !DILocation(line: 47, column: 3, scope: !196)
!200 = !DILocation(line: 47, column: 73, scope: !201)
!201 = distinct !DILexicalBlock(scope: !196, file: !2, line: 47, column: 40)
!202 = !DILocation(line: 47, column: 62, scope: !201)
!203 = !DILocation(line: 47, column: 52, scope: !201)
!204 = !DILocation(line: 47, column: 77, scope: !201)
!205 = !DILocation(line: 47, column: 49, scope: !201)
!206 = !DILocation(line: 47, column: 95, scope: !201)
!207 = !DILocation(line: 47, column: 35, scope: !196)
!208 = distinct !{!208, !198, !209, !188, !189}
!209 = !DILocation(line: 47, column: 95, scope: !129)
!210 = !DILocation(line: 48, column: 3, scope: !111)
!211 = !DILocation(line: 48, column: 14, scope: !111)
!212 = !DILocation(line: 48, column: 18, scope: !111)
!213 = !DILocation(line: 49, column: 13, scope: !111)
!214 = !DILocation(line: 49, column: 3, scope: !111)
!215 = !DILocation(line: 50, column: 3, scope: !111)
!216 = !DILocation(line: 50, column: 7, scope: !111)
!217 = !DILocation(line: 50, column: 27, scope: !111)
!218 = !DILocation(line: 50, column: 20, scope: !111)
!219 = !DILocation(line: 50, column: 45, scope: !111)
!220 = !DILocation(line: 50, column: 38, scope: !111)
!221 = !DILocation(line: 50, column: 36, scope: !111)
!222 = !DILocation(line: 50, column: 63, scope: !111)
!223 = !DILocation(line: 50, column: 56, scope: !111)
!224 = !DILocation(line: 50, column: 54, scope: !111)
!225 = !DILocation(line: 50, column: 77, scope: !111)
!226 = !DILocation(line: 51, column: 20, scope: !111)
!227 = !DILocation(line: 51, column: 18, scope: !111)
!228 = !DILocation(line: 51, column: 61, scope: !111)
!229 = !DILocation(line: 51, column: 3, scope: !111)
!230 = !DILocation(line: 52, column: 8, scope: !139)
!231 = !DILocation(line: 52, column: 12, scope: !139)
!232 = !DILocation(line: 52, column: 22, scope: !233)
!233 = distinct !DILexicalBlock(scope: !139, file: !2, line: 52, column: 3)
!234 = !DILocation(line: 52, column: 27, scope: !233)
!235 = !DILocation(line: 52, column: 3, scope: !139)
!236 = !DILocation(line: 52, column: 3, scope: !233)
!237 = !DILocation(line: 52, column: 58, scope: !238)
!238 = distinct !DILexicalBlock(scope: !233, file: !2, line: 52, column: 44)
!239 = !DILocation(line: 52, column: 47, scope: !238)
!240 = !DILocation(line: 52, column: 72, scope: !238)
!241 = !DILocation(line: 52, column: 78, scope: !238)
!242 = !DILocation(line: 52, column: 65, scope: !238)
!243 = !DILocation(line: 53, column: 27, scope: !238)
!244 = !DILocation(line: 53, column: 31, scope: !238)
!245 = !DILocation(line: 53, column: 20, scope: !238)
!246 = !{!247, !247, i64 0}
!247 = !{!"long", !154, i64 0}
!248 = !DILocation(line: 53, column: 12, scope: !238)
!249 = !DILocation(line: 53, column: 46, scope: !238)
!250 = !DILocation(line: 53, column: 52, scope: !238)
!251 = !DILocation(line: 53, column: 39, scope: !238)
!252 = !DILocation(line: 53, column: 37, scope: !238)
!253 = !DILocation(line: 52, column: 5, scope: !238)
!254 = !DILocation(line: 54, column: 3, scope: !238)
!255 = !DILocation(line: 52, column: 36, scope: !233)
!256 = distinct !{!256, !235, !257, !188, !189}
!257 = !DILocation(line: 54, column: 3, scope: !139)
!258 = !DILocation(line: 53, column: 25, scope: !111)
!259 = !DILocation(line: 53, column: 3, scope: !111)
!260 = !DILocation(line: 54, column: 27, scope: !111)
!261 = !DILocation(line: 54, column: 3, scope: !111)
!262 = !DILocation(line: 55, column: 25, scope: !111)
!263 = !DILocation(line: 55, column: 3, scope: !111)
!264 = !DILocation(line: 56, column: 27, scope: !111)
!265 = !DILocation(line: 56, column: 3, scope: !111)
!266 = !DILocation(line: 55, column: 1, scope: !111)
!267 = !DISubprogram(name: "medi_chan_create", linkageName: "medi.chan.create", scope: !23, file: !23, line: 20, type: !268, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!268 = !DISubroutineType(types: !269)
!269 = !{null, !71, !71, !270, !270}
!270 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!271 = !DISubprogram(name: "medi_spawn_priority", linkageName: "medi.spawn.priority", scope: !23, file: !23, line: 14, type: !272, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!272 = !DISubroutineType(types: !273)
!273 = !{!55, !63, !274, !278, !71}
!274 = !DIDerivedType(tag: DW_TAG_typedef, name: "medi_task_fn", file: !23, line: 11, baseType: !275)
!275 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !276, size: 64)
!276 = !DISubroutineType(types: !277)
!277 = !{null, !55}
!278 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !279, size: 64)
!279 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!280 = distinct !DISubprogram(name: "aggregate", scope: !2, file: !2, line: 32, type: !276, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !19, retainedNodes: !281)
!281 = !{!282, !283, !284}
!282 = !DILocalVariable(name: "env", arg: 1, scope: !280, file: !2, line: 32, type: !55)
!283 = !DILocalVariable(name: "self", scope: !280, file: !2, line: 33, type: !50)
!284 = !DILocalVariable(name: "result", scope: !285, file: !2, line: 35, type: !131)
!285 = distinct !DILexicalBlock(scope: !286, file: !2, line: 34, column: 12)
!286 = distinct !DILexicalBlock(scope: !287, file: !2, line: 34, column: 3)
!287 = distinct !DILexicalBlock(scope: !280, file: !2, line: 34, column: 3)
!288 = !DILocation(line: 32, column: 29, scope: !280)
!289 = !DILocation(line: 33, column: 3, scope: !280)
!290 = !DILocation(line: 33, column: 17, scope: !280)
!291 = !DILocation(line: 33, column: 40, scope: !280)
!292 = !DILocation(line: 34, column: 3, scope: !280)
!293 = !DILocation(line: 35, column: 5, scope: !285)
!294 = !DILocation(line: 35, column: 16, scope: !285)
!295 = !DILocation(line: 35, column: 20, scope: !285)
!296 = !DILocation(line: 35, column: 26, scope: !285)
!297 = !DILocation(line: 36, column: 16, scope: !298)
!298 = distinct !DILexicalBlock(scope: !285, file: !2, line: 36, column: 9)
!299 = !{!300, !173, i64 0}
!300 = !{!"Normalised", !173, i64 0, !173, i64 4, !173, i64 8}
!301 = !DILocation(line: 36, column: 19, scope: !298)
!302 = !DILocation(line: 36, column: 9, scope: !285)
!303 = !DILocation(line: 36, column: 27, scope: !304)
!304 = distinct !DILexicalBlock(scope: !298, file: !2, line: 36, column: 25)
!305 = !DILocation(line: 37, column: 5, scope: !285)
!306 = !DILocation(line: 37, column: 11, scope: !285)
!307 = !DILocation(line: 37, column: 19, scope: !285)
!308 = !DILocation(line: 37, column: 32, scope: !285)
!309 = !{!300, !173, i64 4}
!310 = !DILocation(line: 37, column: 38, scope: !285)
!311 = !DILocation(line: 38, column: 46, scope: !285)
!312 = !{!300, !173, i64 8}
!313 = !DILocation(line: 38, column: 39, scope: !285)
!314 = !DILocation(line: 38, column: 5, scope: !285)
!315 = !DILocation(line: 38, column: 11, scope: !285)
!316 = !DILocation(line: 38, column: 19, scope: !285)
!317 = !DILocation(line: 38, column: 30, scope: !285)
!318 = !DILocation(line: 38, column: 36, scope: !285)
!319 = !DILocation(line: 39, column: 3, scope: !286)
!320 = !DILocation(line: 34, column: 3, scope: !286)
!321 = distinct !{!321, !322, !323, !189}
!322 = !DILocation(line: 34, column: 3, scope: !287)
!323 = !DILocation(line: 39, column: 3, scope: !287)
!324 = !DILocation(line: 40, column: 1, scope: !280)
!325 = distinct !DISubprogram(name: "validate", scope: !2, file: !2, line: 21, type: !276, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !19, retainedNodes: !326)
!326 = !{!327, !328, !329, !339, !345}
!327 = !DILocalVariable(name: "env", arg: 1, scope: !325, file: !2, line: 21, type: !55)
!328 = !DILocalVariable(name: "self", scope: !325, file: !2, line: 22, type: !74)
!329 = !DILocalVariable(name: "record", scope: !330, file: !2, line: 24, type: !333)
!330 = distinct !DILexicalBlock(scope: !331, file: !2, line: 23, column: 12)
!331 = distinct !DILexicalBlock(scope: !332, file: !2, line: 23, column: 3)
!332 = distinct !DILexicalBlock(scope: !325, file: !2, line: 23, column: 3)
!333 = !DIDerivedType(tag: DW_TAG_typedef, name: "LabResult", file: !20, line: 12, baseType: !334)
!334 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "LabResult", file: !20, line: 10, size: 96, elements: !335)
!335 = !{!336, !337, !338}
!336 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !334, file: !20, line: 11, baseType: !63, size: 32)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "test", scope: !334, file: !20, line: 11, baseType: !63, size: 32, offset: 32)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "milli_units", scope: !334, file: !20, line: 11, baseType: !63, size: 32, offset: 64)
!339 = !DILocalVariable(name: "message", scope: !340, file: !2, line: 26, type: !342)
!340 = distinct !DILexicalBlock(scope: !341, file: !2, line: 25, column: 33)
!341 = distinct !DILexicalBlock(scope: !330, file: !2, line: 25, column: 9)
!342 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 768, elements: !343)
!343 = !{!344}
!344 = !DISubrange(count: 96)
!345 = !DILocalVariable(name: "result", scope: !330, file: !2, line: 28, type: !131)
!346 = !DILocation(line: 21, column: 28, scope: !325)
!347 = !DILocation(line: 22, column: 3, scope: !325)
!348 = !DILocation(line: 22, column: 16, scope: !325)
!349 = !DILocation(line: 22, column: 38, scope: !325)
!350 = !DILocation(line: 23, column: 3, scope: !325)
!351 = !DILocation(line: 24, column: 5, scope: !330)
!352 = !DILocation(line: 24, column: 15, scope: !330)
!353 = !DILocation(line: 23, column: 20, scope: !330)
!354 = !DILocation(line: 23, column: 26, scope: !330)
!355 = !DILocation(line: 23, column: 5, scope: !330)
!356 = !DILocation(line: 24, column: 16, scope: !357)
!357 = distinct !DILexicalBlock(scope: !330, file: !2, line: 24, column: 9)
!358 = !{!359, !173, i64 0}
!359 = !{!"LabResult", !173, i64 0, !173, i64 4, !173, i64 8}
!360 = !DILocation(line: 24, column: 19, scope: !357)
!361 = !DILocation(line: 24, column: 9, scope: !330)
!362 = !DILocation(line: 24, column: 27, scope: !363)
!363 = distinct !DILexicalBlock(scope: !357, file: !2, line: 24, column: 25)
!364 = !DILocation(line: 25, column: 16, scope: !341)
!365 = !{!359, !173, i64 8}
!366 = !DILocation(line: 25, column: 28, scope: !341)
!367 = !DILocation(line: 25, column: 9, scope: !330)
!368 = !DILocation(line: 26, column: 7, scope: !340)
!369 = !DILocation(line: 26, column: 12, scope: !340)
!370 = !DILocation(line: 27, column: 16, scope: !340)
!371 = !DILocation(line: 27, column: 96, scope: !340)
!372 = !DILocation(line: 28, column: 34, scope: !340)
!373 = !{!359, !173, i64 4}
!374 = !DILocation(line: 28, column: 16, scope: !340)
!375 = !DILocation(line: 27, column: 7, scope: !340)
!376 = !DILocation(line: 26, column: 18, scope: !340)
!377 = !DILocation(line: 28, column: 5, scope: !330)
!378 = !DILocation(line: 28, column: 16, scope: !330)
!379 = !DILocation(line: 28, column: 25, scope: !330)
!380 = !DILocation(line: 28, column: 33, scope: !330)
!381 = !DILocation(line: 28, column: 44, scope: !330)
!382 = !DILocation(line: 28, column: 57, scope: !330)
!383 = !DILocation(line: 28, column: 69, scope: !330)
!384 = !DILocation(line: 28, column: 20, scope: !330)
!385 = !DILocation(line: 28, column: 26, scope: !330)
!386 = !DILocation(line: 29, column: 3, scope: !331)
!387 = !DILocation(line: 23, column: 3, scope: !331)
!388 = distinct !{!388, !389, !390, !189}
!389 = !DILocation(line: 23, column: 3, scope: !332)
!390 = !DILocation(line: 29, column: 3, scope: !332)
!391 = !DILocation(line: 30, column: 1, scope: !325)
!392 = distinct !DISubprogram(name: "intake", scope: !2, file: !2, line: 13, type: !276, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !19, retainedNodes: !393)
!393 = !{!394, !395, !397, !400, !401, !402}
!394 = !DILocalVariable(name: "out", arg: 1, scope: !392, file: !2, line: 13, type: !55)
!395 = !DILocalVariable(name: "id", scope: !396, file: !2, line: 14, type: !63)
!396 = distinct !DILexicalBlock(scope: !392, file: !2, line: 14, column: 3)
!397 = !DILocalVariable(name: "reading", scope: !398, file: !2, line: 15, type: !63)
!398 = distinct !DILexicalBlock(scope: !399, file: !2, line: 14, column: 45)
!399 = distinct !DILexicalBlock(scope: !396, file: !2, line: 14, column: 3)
!400 = !DILocalVariable(name: "record", scope: !398, file: !2, line: 16, type: !333)
!401 = !DILocalVariable(name: "end", scope: !392, file: !2, line: 18, type: !333)
!402 = !DILocalVariable(name: "v", scope: !403, file: !2, line: 18, type: !24)
!403 = distinct !DILexicalBlock(scope: !392, file: !2, line: 18, column: 3)
!404 = !DILocation(line: 13, column: 26, scope: !392)
!405 = !DILocation(line: 14, column: 8, scope: !396)
!406 = !DILocation(line: 14, column: 16, scope: !396)
!407 = !DILocation(line: 14, column: 24, scope: !399)
!408 = !DILocation(line: 14, column: 27, scope: !399)
!409 = !DILocation(line: 14, column: 3, scope: !396)
!410 = !DILocation(line: 14, column: 3, scope: !399)
!411 = !DILocation(line: 15, column: 5, scope: !398)
!412 = !DILocation(line: 15, column: 13, scope: !398)
!413 = !DILocation(line: 15, column: 23, scope: !398)
!414 = !DILocation(line: 15, column: 26, scope: !398)
!415 = !DILocation(line: 15, column: 49, scope: !398)
!416 = !DILocation(line: 15, column: 52, scope: !398)
!417 = !DILocation(line: 15, column: 57, scope: !398)
!418 = !DILocation(line: 15, column: 47, scope: !398)
!419 = !DILocation(line: 16, column: 5, scope: !398)
!420 = !DILocation(line: 16, column: 15, scope: !398)
!421 = !DILocation(line: 16, column: 24, scope: !398)
!422 = !DILocation(line: 16, column: 25, scope: !398)
!423 = !DILocation(line: 16, column: 29, scope: !398)
!424 = !DILocation(line: 16, column: 32, scope: !398)
!425 = !DILocation(line: 16, column: 37, scope: !398)
!426 = !DILocation(line: 16, column: 20, scope: !398)
!427 = !DILocation(line: 17, column: 3, scope: !399)
!428 = !DILocation(line: 17, column: 3, scope: !398)
!429 = !DILocation(line: 14, column: 39, scope: !399)
!430 = distinct !{!430, !409, !431, !188, !189}
!431 = !DILocation(line: 17, column: 3, scope: !396)
!432 = !DILocation(line: 18, column: 3, scope: !392)
!433 = !DILocation(line: 18, column: 13, scope: !392)
!434 = !DILocation(line: 18, column: 8, scope: !403)
!435 = !DILocation(line: 18, column: 12, scope: !403)
!436 = !DILocation(line: 18, column: 19, scope: !437)
!437 = distinct !DILexicalBlock(scope: !403, file: !2, line: 18, column: 3)
!438 = !DILocation(line: 18, column: 21, scope: !437)
!439 = !DILocation(line: 18, column: 3, scope: !403)
!440 = !DILocation(line: 18, column: 3, scope: !437)
!441 = !DILocation(line: 18, column: 57, scope: !442)
!442 = distinct !DILexicalBlock(scope: !437, file: !2, line: 18, column: 40)
!443 = !DILocation(line: 18, column: 42, scope: !442)
!444 = !DILocation(line: 18, column: 69, scope: !442)
!445 = !DILocation(line: 18, column: 35, scope: !437)
!446 = distinct !{!446, !439, !447, !188, !189}
!447 = !DILocation(line: 18, column: 69, scope: !403)
!448 = !DILocation(line: 19, column: 1, scope: !392)
!449 = !DISubprogram(name: "medi_join", linkageName: "medi.join", scope: !23, file: !23, line: 16, type: !450, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!450 = !DISubroutineType(types: !451)
!451 = !{!63, !55}
!452 = !DISubprogram(name: "medi_chan_send", linkageName: "medi.chan.send", scope: !23, file: !23, line: 22, type: !453, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!453 = !DISubroutineType(types: !454)
!454 = !{!63, !55, !278}
!455 = !DISubprogram(name: "printf", scope: !456, file: !456, line: 356, type: !457, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!456 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!457 = !DISubroutineType(types: !458)
!458 = !{!24, !459, null}
!459 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !103)
!460 = !DISubprogram(name: "medi_chan_sender_drop", linkageName: "medi.chan.sender.drop", scope: !23, file: !23, line: 25, type: !276, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!461 = !DISubprogram(name: "medi_chan_receiver_drop", linkageName: "medi.chan.receiver.drop", scope: !23, file: !23, line: 26, type: !276, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!462 = !DISubprogram(name: "medi_chan_recv", linkageName: "medi.chan.recv", scope: !23, file: !23, line: 23, type: !463, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!463 = !DISubroutineType(types: !464)
!464 = !{!63, !55, !55}
!465 = !DISubprogram(name: "snprintf", scope: !456, file: !456, line: 378, type: !466, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!466 = !DISubroutineType(types: !467)
!467 = !{!24, !468, !470, !459, null}
!468 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !469)
!469 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!470 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !471, line: 18, baseType: !472)
!471 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "")
!472 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!473 = !DISubprogram(name: "medi_panic", linkageName: "medi.panic", scope: !23, file: !23, line: 18, type: !474, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!474 = !DISubroutineType(types: !475)
!475 = !{null, !103}
!90000 = !{i32 1, !"medi.abi.version", i32 1}
