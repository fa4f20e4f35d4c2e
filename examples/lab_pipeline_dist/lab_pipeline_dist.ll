; lab_pipeline_dist.ll: the LLVM IR of lab_pipeline_dist.medi, as medic emits it (ABI version 1).
;
; Run it:   medi-run examples/lab_pipeline_dist/lab_pipeline_dist.ll
; Build it: medi-build examples/lab_pipeline_dist/lab_pipeline_dist.ll -o lab_pipeline_dist
;
; Produced by examples/standins/regenerate.sh from the C stand-in standins/lab_pipeline_dist.c.
; The Medi source it stands for:
;
;   // lab_pipeline_dist.medi: the lab pipeline across ranks. Intake on rank 0 hands each record to
;   // one of two validators (ranks 1 and 2) over rendezvous channels; the validators send what they
;   // normalise to the aggregator on rank 3. One record is malformed: the validator that takes it
;   // panics (reported with this file's line, and its rank), its channel closes, and intake gets
;   // the records it could not hand over back and gives them to the other validator. The totals are
;   // the single-process pipeline's. With fewer ranks the roles share them (rank 0 of 1 runs all).
;   module lab_pipeline_dist
;
;   struct LabResult { id: i32, test: Test, milli_units: i32 }
;   struct Normalised { id: i32, test: Test, value: i32 }   // id 0: a validator's end, value: failed
;   enum Test { Potassium, Sodium, Glucose }
;
;   const RECORDS = 60
;   const VALIDATORS = 2
;
;   fn rank_of(role: i32) -> i32 { min(role, dist.size() - 1) }   // intake 0, validators 1 2, aggregator 3
;
;   task fn intake() {
;     let to = [dist.connect<LabResult>("lab.raw.{v}", rank_of(1 + v)) for v in 0..VALIDATORS]
;     let alive = [true; VALIDATORS]
;     for id in 1..=RECORDS {
;       let reading = if id == 17 { -4200 } else { 1000 + id * 37 % 400 }
;       var v = alive_from(alive, id % VALIDATORS)
;       while to[v].send(LabResult { id: id, test: (id % 3) as Test, milli_units: reading }) == Disconnected {
;         alive[v] = false                        // the record came back: the next validator takes it
;         v = alive_from(alive, v + 1)
;       }
;     }
;     drop(to)
;   }
;
;   task fn validate(input: RemoteReceiver<LabResult>, output: RemoteSender<Normalised>) {
;     for record in input {
;       if record.milli_units < 0 {
;         panic("malformed lab record {record.id}: negative {record.test} reading")
;       }
;       output.send(Normalised { id: record.id, test: record.test, value: record.milli_units / 10 })
;     }
;   }
;
;   task fn validator(v: i32) {
;     let input = dist.open<LabResult>("lab.raw.{v}", capacity: 0)
;     let output = dist.connect<Normalised>("lab.results", rank_of(3))
;     let failed = join(spawn validate(input, output)) == Panicked
;     drop(input)                                   // intake's sends to it now fail, values back
;     output.send(Normalised { id: 0, test: Potassium, value: failed })
;     drop(output)
;   }
;
;   task fn aggregate() {
;     let results = dist.open<Normalised>("lab.results", capacity: 8, senders: VALIDATORS)
;     let totals = Totals::new()
;     var failed = 0
;     for result in results {
;       if result.id == 0 { failed += result.value } else { totals.add(result) }
;     }
;     print("lab pipeline: {RECORDS} records on {dist.size()} ranks, {totals.count} normalised, {RECORDS - totals.count} rejected")
;     print("validators: {VALIDATORS} started, {failed} failed")
;     for test in Test { print("  {test}: {totals.count[test]} results, mean {totals.mean(test)}") }
;   }
;
;   fn main() -> i32 {
;     let roles = [spawn role(r) for r in 0..4 if rank_of(r) == dist.rank()]  // intake, validators, aggregator
;     join(roles)
;     dist.barrier()
;     return 0
;   }

; ModuleID = 'lab_pipeline_dist.c'
source_filename = "lab_pipeline_dist.medi"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.LabResult = type { i32, i32, i32 }
%struct.ValidateEnv = type { ptr, ptr }
%struct.Normalised = type { i32, i32, i32 }

@RAW = internal constant [2 x ptr] [ptr @.str, ptr @.str.1], align 16, !dbg !0
@.str = private unnamed_addr constant [10 x i8] c"lab.raw.0\00", align 1, !dbg !43
@.str.1 = private unnamed_addr constant [10 x i8] c"lab.raw.1\00", align 1, !dbg !49
@.str.2 = private unnamed_addr constant [12 x i8] c"lab.results\00", align 1, !dbg !51
@.str.3 = private unnamed_addr constant [45 x i8] c"malformed lab record %d: negative %s reading\00", align 1, !dbg !57
@TEST_NAMES = internal constant [3 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16, !dbg !74
@.str.4 = private unnamed_addr constant [10 x i8] c"potassium\00", align 1, !dbg !62
@.str.5 = private unnamed_addr constant [7 x i8] c"sodium\00", align 1, !dbg !64
@.str.6 = private unnamed_addr constant [8 x i8] c"glucose\00", align 1, !dbg !69
@.str.7 = private unnamed_addr constant [66 x i8] c"lab pipeline: %d records on %d ranks, %d normalised, %d rejected\0A\00", align 1, !dbg !82
@.str.8 = private unnamed_addr constant [35 x i8] c"validators: %d started, %d failed\0A\00", align 1, !dbg !87
@.str.9 = private unnamed_addr constant [31 x i8] c"  %-9s: %d results, mean %.1f\0A\00", align 1, !dbg !92

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !106 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x ptr], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 32, ptr %2) #6, !dbg !119
    #dbg_declare(ptr %2, !110, !DIExpression(), !120)
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6, !dbg !121
    #dbg_declare(ptr %3, !114, !DIExpression(), !122)
  store i32 0, ptr %3, align 4, !dbg !122, !tbaa !123
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6, !dbg !127
    #dbg_declare(ptr %4, !115, !DIExpression(), !128)
  store i32 0, ptr %4, align 4, !dbg !128, !tbaa !123
  br label %6, !dbg !127

6:                                                ; preds = %22, %0
  %7 = load i32, ptr %4, align 4, !dbg !129, !tbaa !123
  %8 = icmp slt i32 %7, 4, !dbg !131
  br i1 %8, label %10, label %9, !dbg !132

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #6, !dbg !133
  br label %25

10:                                               ; preds = %6
  %11 = load i32, ptr %4, align 4, !dbg !134, !tbaa !123
  %12 = call i32 @rank_of(i32 noundef %11), !dbg !137
  %13 = call i32 @medi.dist.rank(), !dbg !138
  %14 = icmp eq i32 %12, %13, !dbg !139
  br i1 %14, label %15, label %21, !dbg !140

15:                                               ; preds = %10
  %16 = call ptr @medi.spawn(ptr noundef @role, ptr noundef %4, i64 noundef 4), !dbg !141
  %17 = load i32, ptr %3, align 4, !dbg !143, !tbaa !123
  %18 = add nsw i32 %17, 1, !dbg !143
  store i32 %18, ptr %3, align 4, !dbg !143, !tbaa !123
  %19 = sext i32 %17 to i64, !dbg !144
  %20 = getelementptr inbounds [4 x ptr], ptr %2, i64 0, i64 %19, !dbg !144
  store ptr %16, ptr %20, align 8, !dbg !145, !tbaa !146
  br label %21, !dbg !148

21:                                               ; preds = %15, %10
  br label %22, !dbg !149

22:                                               ; preds = %21
  %23 = load i32, ptr %4, align 4, !dbg !150, !tbaa !123
  %24 = add nsw i32 %23, 1, !dbg !150
  store i32 %24, ptr %4, align 4, !dbg !150, !tbaa !123
  br label %6, !dbg !133, !llvm.loop !151

25:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !155
    #dbg_declare(ptr %5, !117, !DIExpression(), !156)
  store i32 0, ptr %5, align 4, !dbg !156, !tbaa !123
  br label %26, !dbg !155

26:                                               ; preds = %37, %25
  %27 = load i32, ptr %5, align 4, !dbg !157, !tbaa !123
  %28 = load i32, ptr %3, align 4, !dbg !159, !tbaa !123
  %29 = icmp slt i32 %27, %28, !dbg !160
  br i1 %29, label %31, label %30, !dbg !161

30:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !162
  br label %40

31:                                               ; preds = %26
  %32 = load i32, ptr %5, align 4, !dbg !163, !tbaa !123
  %33 = sext i32 %32 to i64, !dbg !165
  %34 = getelementptr inbounds [4 x ptr], ptr %2, i64 0, i64 %33, !dbg !165
  %35 = load ptr, ptr %34, align 8, !dbg !165, !tbaa !146
  %36 = call i32 @medi.join(ptr noundef %35), !dbg !166
  br label %37, !dbg !167

37:                                               ; preds = %31
  %38 = load i32, ptr %5, align 4, !dbg !168, !tbaa !123
  %39 = add nsw i32 %38, 1, !dbg !168
  store i32 %39, ptr %5, align 4, !dbg !168, !tbaa !123
  br label %26, !dbg !162, !llvm.loop !169

40:                                               ; preds = %30
  %41 = call i32 @medi.dist.barrier(), !dbg !171
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6, !dbg !172
  call void @llvm.lifetime.end.p0(i64 32, ptr %2) #6, !dbg !172
  ret i32 0, !dbg !173
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind uwtable
define internal i32 @rank_of(i32 noundef %0) #0 !dbg !174 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !123
    #dbg_declare(ptr %2, !178, !DIExpression(), !180)
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6, !dbg !181
    #dbg_declare(ptr %3, !179, !DIExpression(), !182)
  %4 = call i32 @medi.dist.size(), !dbg !183
  %5 = sub nsw i32 %4, 1, !dbg !184
  store i32 %5, ptr %3, align 4, !dbg !182, !tbaa !123
  %6 = load i32, ptr %2, align 4, !dbg !185, !tbaa !123
  %7 = load i32, ptr %3, align 4, !dbg !186, !tbaa !123
  %8 = icmp slt i32 %6, %7, !dbg !187
  br i1 %8, label %9, label %11, !dbg !185

9:                                                ; preds = %1
  %10 = load i32, ptr %2, align 4, !dbg !188, !tbaa !123
  br label %13, !dbg !185

11:                                               ; preds = %1
  %12 = load i32, ptr %3, align 4, !dbg !189, !tbaa !123
  br label %13, !dbg !185

13:                                               ; preds = %11, %9
  %14 = phi i32 [ %10, %9 ], [ %12, %11 ], !dbg !185
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6, !dbg !190
  ret i32 %14, !dbg !191
}

declare !dbg !192 i32 @medi.dist.rank() #2

declare !dbg !195 ptr @medi.spawn(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: nounwind uwtable
define internal void @role(ptr noundef %0) #0 !dbg !207 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !146
    #dbg_declare(ptr %2, !209, !DIExpression(), !211)
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6, !dbg !212
    #dbg_declare(ptr %3, !210, !DIExpression(), !213)
  %4 = load ptr, ptr %2, align 8, !dbg !214, !tbaa !146
  %5 = load i32, ptr %4, align 4, !dbg !215, !tbaa !123
  store i32 %5, ptr %3, align 4, !dbg !213, !tbaa !123
  %6 = load i32, ptr %3, align 4, !dbg !216, !tbaa !123
  %7 = icmp eq i32 %6, 0, !dbg !218
  br i1 %7, label %8, label %10, !dbg !219

8:                                                ; preds = %1
  %9 = load ptr, ptr %2, align 8, !dbg !220, !tbaa !146
  call void @intake(ptr noundef %9), !dbg !222
  br label %18, !dbg !223

10:                                               ; preds = %1
  %11 = load i32, ptr %3, align 4, !dbg !224, !tbaa !123
  %12 = icmp sle i32 %11, 2, !dbg !226
  br i1 %12, label %13, label %16, !dbg !227

13:                                               ; preds = %10
  %14 = load i32, ptr %3, align 4, !dbg !228, !tbaa !123
  %15 = sub nsw i32 %14, 1, !dbg !230
  call void @validator(i32 noundef %15), !dbg !231
  br label %17, !dbg !232

16:                                               ; preds = %10
  call void @aggregate(), !dbg !233
  br label %17

17:                                               ; preds = %16, %13
  br label %18

18:                                               ; preds = %17, %8
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6, !dbg !235
  ret void, !dbg !235
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !236 i32 @medi.join(ptr noundef) #2

declare !dbg !239 i32 @medi.dist.barrier() #2

declare !dbg !240 i32 @medi.dist.size() #2

; Function Attrs: nounwind uwtable
define internal void @intake(ptr noundef %0) #0 !dbg !241 {
  %2 = alloca ptr, align 8
  %3 = alloca [2 x ptr], align 16
  %4 = alloca [2 x i32], align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.LabResult, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !146
    #dbg_declare(ptr %2, !243, !DIExpression(), !265)
  %11 = load ptr, ptr %2, align 8, !dbg !266, !tbaa !146
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !267
    #dbg_declare(ptr %3, !244, !DIExpression(), !268)
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #6, !dbg !269
    #dbg_declare(ptr %4, !246, !DIExpression(), !270)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !271
    #dbg_declare(ptr %5, !248, !DIExpression(), !272)
  store i32 0, ptr %5, align 4, !dbg !272, !tbaa !123
  br label %12, !dbg !271

12:                                               ; preds = %31, %1
  %13 = load i32, ptr %5, align 4, !dbg !273, !tbaa !123
  %14 = icmp slt i32 %13, 2, !dbg !275
  br i1 %14, label %16, label %15, !dbg !276

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !277
  br label %34

16:                                               ; preds = %12
  %17 = load i32, ptr %5, align 4, !dbg !278, !tbaa !123
  %18 = sext i32 %17 to i64, !dbg !280
  %19 = getelementptr inbounds [2 x ptr], ptr @RAW, i64 0, i64 %18, !dbg !280
  %20 = load ptr, ptr %19, align 8, !dbg !280, !tbaa !146
  %21 = load i32, ptr %5, align 4, !dbg !281, !tbaa !123
  %22 = add nsw i32 1, %21, !dbg !282
  %23 = call i32 @rank_of(i32 noundef %22), !dbg !283
  %24 = load i32, ptr %5, align 4, !dbg !284, !tbaa !123
  %25 = sext i32 %24 to i64, !dbg !285
  %26 = getelementptr inbounds [2 x ptr], ptr %3, i64 0, i64 %25, !dbg !285
  %27 = call i32 @medi.dist.connect(ptr noundef %20, i32 noundef %23, i64 noundef 12, i32 noundef 0, i64 noundef -1, ptr noundef %26), !dbg !286
  %28 = load i32, ptr %5, align 4, !dbg !287, !tbaa !123
  %29 = sext i32 %28 to i64, !dbg !288
  %30 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 %29, !dbg !288
  store i32 1, ptr %30, align 4, !dbg !289, !tbaa !123
  br label %31, !dbg !290

31:                                               ; preds = %16
  %32 = load i32, ptr %5, align 4, !dbg !291, !tbaa !123
  %33 = add nsw i32 %32, 1, !dbg !291
  store i32 %33, ptr %5, align 4, !dbg !291, !tbaa !123
  br label %12, !dbg !277, !llvm.loop !292

34:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6, !dbg !294
    #dbg_declare(ptr %6, !250, !DIExpression(), !295)
  store i32 1, ptr %6, align 4, !dbg !295, !tbaa !123
  br label %35, !dbg !294

35:                                               ; preds = %77, %34
  %36 = load i32, ptr %6, align 4, !dbg !296, !tbaa !123
  %37 = icmp sle i32 %36, 60, !dbg !297
  br i1 %37, label %39, label %38, !dbg !298

38:                                               ; preds = %35
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6, !dbg !299
  br label %80

39:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6, !dbg !300
    #dbg_declare(ptr %7, !252, !DIExpression(), !301)
  %40 = load i32, ptr %6, align 4, !dbg !302, !tbaa !123
  %41 = icmp eq i32 %40, 17, !dbg !303
  br i1 %41, label %42, label %43, !dbg !302

42:                                               ; preds = %39
  br label %48, !dbg !302

43:                                               ; preds = %39
  %44 = load i32, ptr %6, align 4, !dbg !304, !tbaa !123
  %45 = mul nsw i32 %44, 37, !dbg !305
  %46 = srem i32 %45, 400, !dbg !306
  %47 = add nsw i32 1000, %46, !dbg !307
  br label %48, !dbg !302

48:                                               ; preds = %43, %42
  %49 = phi i32 [ -4200, %42 ], [ %47, %43 ], !dbg !302
  store i32 %49, ptr %7, align 4, !dbg !301, !tbaa !123
  call void @llvm.lifetime.start.p0(i64 12, ptr %8) #6, !dbg !308
    #dbg_declare(ptr %8, !255, !DIExpression(), !309)
  %50 = getelementptr inbounds %struct.LabResult, ptr %8, i32 0, i32 0, !dbg !310
  %51 = load i32, ptr %6, align 4, !dbg !311, !tbaa !123
  store i32 %51, ptr %50, align 4, !dbg !310, !tbaa !312
  %52 = getelementptr inbounds %struct.LabResult, ptr %8, i32 0, i32 1, !dbg !310
  %53 = load i32, ptr %6, align 4, !dbg !314, !tbaa !123
  %54 = srem i32 %53, 3, !dbg !315
  store i32 %54, ptr %52, align 4, !dbg !310, !tbaa !316
  %55 = getelementptr inbounds %struct.LabResult, ptr %8, i32 0, i32 2, !dbg !310
  %56 = load i32, ptr %7, align 4, !dbg !317, !tbaa !123
  store i32 %56, ptr %55, align 4, !dbg !310, !tbaa !318
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6, !dbg !300
    #dbg_declare(ptr %9, !262, !DIExpression(), !319)
  %57 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0, !dbg !320
  %58 = load i32, ptr %6, align 4, !dbg !321, !tbaa !123
  %59 = srem i32 %58, 2, !dbg !322
  %60 = call i32 @alive_from(ptr noundef %57, i32 noundef %59), !dbg !301
  store i32 %60, ptr %9, align 4, !dbg !319, !tbaa !123
  br label %61, !dbg !308

61:                                               ; preds = %68, %48
  %62 = load i32, ptr %9, align 4, !dbg !323, !tbaa !123
  %63 = sext i32 %62 to i64, !dbg !324
  %64 = getelementptr inbounds [2 x ptr], ptr %3, i64 0, i64 %63, !dbg !324
  %65 = load ptr, ptr %64, align 8, !dbg !324, !tbaa !146
  %66 = call i32 @medi.dist.send(ptr noundef %65, ptr noundef %8), !dbg !325
  %67 = icmp eq i32 %66, 1, !dbg !326
  br i1 %67, label %68, label %76, !dbg !308

68:                                               ; preds = %61
  %69 = load i32, ptr %9, align 4, !dbg !327, !tbaa !123
  %70 = sext i32 %69 to i64, !dbg !329
  %71 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 %70, !dbg !329
  store i32 0, ptr %71, align 4, !dbg !330, !tbaa !123
  %72 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0, !dbg !331
  %73 = load i32, ptr %9, align 4, !dbg !332, !tbaa !123
  %74 = add nsw i32 %73, 1, !dbg !333
  %75 = call i32 @alive_from(ptr noundef %72, i32 noundef %74), !dbg !334
  store i32 %75, ptr %9, align 4, !dbg !335, !tbaa !123
  br label %61, !dbg !308, !llvm.loop !336

76:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6, !dbg !338
  call void @llvm.lifetime.end.p0(i64 12, ptr %8) #6, !dbg !338
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6, !dbg !338
  br label %77, !dbg !339

77:                                               ; preds = %76
  %78 = load i32, ptr %6, align 4, !dbg !340, !tbaa !123
  %79 = add nsw i32 %78, 1, !dbg !340
  store i32 %79, ptr %6, align 4, !dbg !340, !tbaa !123
  br label %35, !dbg !299, !llvm.loop !341

80:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6, !dbg !343
    #dbg_declare(ptr %10, !263, !DIExpression(), !344)
  store i32 0, ptr %10, align 4, !dbg !344, !tbaa !123
  br label %81, !dbg !343

81:                                               ; preds = %90, %80
  %82 = load i32, ptr %10, align 4, !dbg !345, !tbaa !123
  %83 = icmp slt i32 %82, 2, !dbg !347
  br i1 %83, label %85, label %84, !dbg !348

84:                                               ; preds = %81
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6, !dbg !349
  br label %93

85:                                               ; preds = %81
  %86 = load i32, ptr %10, align 4, !dbg !350, !tbaa !123
  %87 = sext i32 %86 to i64, !dbg !352
  %88 = getelementptr inbounds [2 x ptr], ptr %3, i64 0, i64 %87, !dbg !352
  %89 = load ptr, ptr %88, align 8, !dbg !352, !tbaa !146
  call void @medi.dist.sender.drop(ptr noundef %89), !dbg !353
  br label %90, !dbg !354

90:                                               ; preds = %85
  %91 = load i32, ptr %10, align 4, !dbg !355, !tbaa !123
  %92 = add nsw i32 %91, 1, !dbg !355
  store i32 %92, ptr %10, align 4, !dbg !355, !tbaa !123
  br label %81, !dbg !349, !llvm.loop !356

93:                                               ; preds = %84
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #6, !dbg !358
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !358
  ret void, !dbg !358
}

; Function Attrs: nounwind uwtable
define internal void @validator(i32 noundef %0) #0 !dbg !359 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.ValidateEnv, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.Normalised, align 4
  store i32 %0, ptr %2, align 4, !tbaa !123
    #dbg_declare(ptr %2, !363, !DIExpression(), !373)
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !374
    #dbg_declare(ptr %3, !364, !DIExpression(), !375)
  %6 = load i32, ptr %2, align 4, !dbg !376, !tbaa !123
  %7 = sext i32 %6 to i64, !dbg !377
  %8 = getelementptr inbounds [2 x ptr], ptr @RAW, i64 0, i64 %7, !dbg !377
  %9 = load ptr, ptr %8, align 8, !dbg !377, !tbaa !146
  %10 = getelementptr inbounds %struct.ValidateEnv, ptr %3, i32 0, i32 0, !dbg !378
  %11 = call i32 @medi.dist.open(ptr noundef %9, i64 noundef 12, i64 noundef 0, i32 noundef 0, i64 noundef 1, ptr noundef %10), !dbg !374
  %12 = call i32 @rank_of(i32 noundef 3), !dbg !379
  %13 = getelementptr inbounds %struct.ValidateEnv, ptr %3, i32 0, i32 1, !dbg !380
  %14 = call i32 @medi.dist.connect(ptr noundef @.str.2, i32 noundef %12, i64 noundef 12, i32 noundef 0, i64 noundef -1, ptr noundef %13), !dbg !381
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6, !dbg !382
    #dbg_declare(ptr %4, !365, !DIExpression(), !383)
  %15 = call ptr @medi.spawn(ptr noundef @validate, ptr noundef %3, i64 noundef 16), !dbg !384
  %16 = call i32 @medi.join(ptr noundef %15), !dbg !385
  %17 = icmp eq i32 %16, 5, !dbg !386
  %18 = zext i1 %17 to i32, !dbg !386
  store i32 %18, ptr %4, align 4, !dbg !383, !tbaa !123
  %19 = getelementptr inbounds %struct.ValidateEnv, ptr %3, i32 0, i32 0, !dbg !387
  %20 = load ptr, ptr %19, align 8, !dbg !387, !tbaa !388
  call void @medi.dist.receiver.drop(ptr noundef %20), !dbg !390
  call void @llvm.lifetime.start.p0(i64 12, ptr %5) #6, !dbg !391
    #dbg_declare(ptr %5, !366, !DIExpression(), !392)
  %21 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 0, !dbg !393
  store i32 0, ptr %21, align 4, !dbg !393, !tbaa !394
  %22 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 1, !dbg !393
  store i32 0, ptr %22, align 4, !dbg !393, !tbaa !396
  %23 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 2, !dbg !393
  %24 = load i32, ptr %4, align 4, !dbg !397, !tbaa !123
  store i32 %24, ptr %23, align 4, !dbg !393, !tbaa !398
  %25 = getelementptr inbounds %struct.ValidateEnv, ptr %3, i32 0, i32 1, !dbg !399
  %26 = load ptr, ptr %25, align 8, !dbg !399, !tbaa !400
  %27 = call i32 @medi.dist.send(ptr noundef %26, ptr noundef %5), !dbg !391
  %28 = getelementptr inbounds %struct.ValidateEnv, ptr %3, i32 0, i32 1, !dbg !401
  %29 = load ptr, ptr %28, align 8, !dbg !401, !tbaa !400
  call void @medi.dist.sender.drop(ptr noundef %29), !dbg !402
  call void @llvm.lifetime.end.p0(i64 12, ptr %5) #6, !dbg !403
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #6, !dbg !403
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !403
  ret void, !dbg !403
}

; Function Attrs: nounwind uwtable
define internal void @aggregate() #0 !dbg !404 {
  %1 = alloca ptr, align 8
  %2 = alloca [3 x i32], align 4
  %3 = alloca [3 x i64], align 16
  %4 = alloca i32, align 4
  %5 = alloca %struct.Normalised, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr %1) #6, !dbg !418
    #dbg_declare(ptr %1, !408, !DIExpression(), !419)
  %8 = call i32 @medi.dist.open(ptr noundef @.str.2, i64 noundef 12, i64 noundef 8, i32 noundef 0, i64 noundef 2, ptr noundef %1), !dbg !418
  call void @llvm.lifetime.start.p0(i64 12, ptr %2) #6, !dbg !420
    #dbg_declare(ptr %2, !409, !DIExpression(), !421)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 12, i1 false), !dbg !421
  call void @llvm.lifetime.start.p0(i64 24, ptr %3) #6, !dbg !422
    #dbg_declare(ptr %3, !411, !DIExpression(), !423)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 24, i1 false), !dbg !423
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6, !dbg !424
    #dbg_declare(ptr %4, !413, !DIExpression(), !425)
  store i32 0, ptr %4, align 4, !dbg !425, !tbaa !123
  call void @llvm.lifetime.start.p0(i64 12, ptr %5) #6, !dbg !426
    #dbg_declare(ptr %5, !414, !DIExpression(), !427)
  br label %9, !dbg !424

9:                                                ; preds = %38, %0
  %10 = load ptr, ptr %1, align 8, !dbg !428, !tbaa !146
  %11 = call i32 @medi.dist.recv(ptr noundef %10, ptr noundef %5), !dbg !429
  %12 = icmp eq i32 %11, 0, !dbg !430
  br i1 %12, label %13, label %39, !dbg !424

13:                                               ; preds = %9
  %14 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 0, !dbg !431
  %15 = load i32, ptr %14, align 4, !dbg !431, !tbaa !394
  %16 = icmp eq i32 %15, 0, !dbg !434
  br i1 %16, label %17, label %22, !dbg !435

17:                                               ; preds = %13
  %18 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 2, !dbg !436
  %19 = load i32, ptr %18, align 4, !dbg !436, !tbaa !398
  %20 = load i32, ptr %4, align 4, !dbg !438, !tbaa !123
  %21 = add nsw i32 %20, %19, !dbg !438
  store i32 %21, ptr %4, align 4, !dbg !438, !tbaa !123
  br label %38, !dbg !439

22:                                               ; preds = %13
  %23 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 1, !dbg !440
  %24 = load i32, ptr %23, align 4, !dbg !440, !tbaa !396
  %25 = sext i32 %24 to i64, !dbg !442
  %26 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 %25, !dbg !442
  %27 = load i32, ptr %26, align 4, !dbg !443, !tbaa !123
  %28 = add nsw i32 %27, 1, !dbg !443
  store i32 %28, ptr %26, align 4, !dbg !443, !tbaa !123
  %29 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 2, !dbg !444
  %30 = load i32, ptr %29, align 4, !dbg !444, !tbaa !398
  %31 = sext i32 %30 to i64, !dbg !445
  %32 = getelementptr inbounds %struct.Normalised, ptr %5, i32 0, i32 1, !dbg !446
  %33 = load i32, ptr %32, align 4, !dbg !446, !tbaa !396
  %34 = sext i32 %33 to i64, !dbg !447
  %35 = getelementptr inbounds [3 x i64], ptr %3, i64 0, i64 %34, !dbg !447
  %36 = load i64, ptr %35, align 8, !dbg !448, !tbaa !449
  %37 = add nsw i64 %36, %31, !dbg !448
  store i64 %37, ptr %35, align 8, !dbg !448, !tbaa !449
  br label %38

38:                                               ; preds = %22, %17
  br label %9, !dbg !424, !llvm.loop !451

39:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6, !dbg !453
    #dbg_declare(ptr %6, !415, !DIExpression(), !454)
  %40 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 0, !dbg !455
  %41 = load i32, ptr %40, align 4, !dbg !455, !tbaa !123
  %42 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 1, !dbg !456
  %43 = load i32, ptr %42, align 4, !dbg !456, !tbaa !123
  %44 = add nsw i32 %41, %43, !dbg !457
  %45 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 2, !dbg !458
  %46 = load i32, ptr %45, align 4, !dbg !458, !tbaa !123
  %47 = add nsw i32 %44, %46, !dbg !459
  store i32 %47, ptr %6, align 4, !dbg !454, !tbaa !123
  %48 = call i32 @medi.dist.size(), !dbg !460
  %49 = load i32, ptr %6, align 4, !dbg !461, !tbaa !123
  %50 = load i32, ptr %6, align 4, !dbg !462, !tbaa !123
  %51 = sub nsw i32 60, %50, !dbg !463
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 60, i32 noundef %48, i32 noundef %49, i32 noundef %51), !dbg !464
  %53 = load i32, ptr %4, align 4, !dbg !465, !tbaa !123
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef 2, i32 noundef %53), !dbg !466
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6, !dbg !467
    #dbg_declare(ptr %7, !416, !DIExpression(), !468)
  store i32 0, ptr %7, align 4, !dbg !468, !tbaa !123
  br label %55, !dbg !467

55:                                               ; preds = %80, %39
  %56 = load i32, ptr %7, align 4, !dbg !469, !tbaa !123
  %57 = icmp slt i32 %56, 3, !dbg !471
  br i1 %57, label %59, label %58, !dbg !472

58:                                               ; preds = %55
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6, !dbg !473
  br label %83

59:                                               ; preds = %55
  %60 = load i32, ptr %7, align 4, !dbg !474, !tbaa !123
  %61 = sext i32 %60 to i64, !dbg !476
  %62 = getelementptr inbounds [3 x ptr], ptr @TEST_NAMES, i64 0, i64 %61, !dbg !476
  %63 = load ptr, ptr %62, align 8, !dbg !476, !tbaa !146
  %64 = load i32, ptr %7, align 4, !dbg !477, !tbaa !123
  %65 = sext i32 %64 to i64, !dbg !478
  %66 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 %65, !dbg !478
  %67 = load i32, ptr %66, align 4, !dbg !478, !tbaa !123
  %68 = load i32, ptr %7, align 4, !dbg !479, !tbaa !123
  %69 = sext i32 %68 to i64, !dbg !480
  %70 = getelementptr inbounds [3 x i64], ptr %3, i64 0, i64 %69, !dbg !480
  %71 = load i64, ptr %70, align 8, !dbg !480, !tbaa !449
  %72 = sitofp i64 %71 to double, !dbg !481
  %73 = load i32, ptr %7, align 4, !dbg !482, !tbaa !123
  %74 = sext i32 %73 to i64, !dbg !483
  %75 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 %74, !dbg !483
  %76 = load i32, ptr %75, align 4, !dbg !483, !tbaa !123
  %77 = sitofp i32 %76 to double, !dbg !483
  %78 = fdiv double %72, %77, !dbg !484
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %63, i32 noundef %67, double noundef %78), !dbg !485
  br label %80, !dbg !486

80:                                               ; preds = %59
  %81 = load i32, ptr %7, align 4, !dbg !487, !tbaa !123
  %82 = add nsw i32 %81, 1, !dbg !487
  store i32 %82, ptr %7, align 4, !dbg !487, !tbaa !123
  br label %55, !dbg !473, !llvm.loop !488

83:                                               ; preds = %58
  %84 = load ptr, ptr %1, align 8, !dbg !490, !tbaa !146
  call void @medi.dist.receiver.drop(ptr noundef %84), !dbg !453
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6, !dbg !491
  call void @llvm.lifetime.end.p0(i64 12, ptr %5) #6, !dbg !491
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #6, !dbg !491
  call void @llvm.lifetime.end.p0(i64 24, ptr %3) #6, !dbg !491
  call void @llvm.lifetime.end.p0(i64 12, ptr %2) #6, !dbg !491
  call void @llvm.lifetime.end.p0(i64 8, ptr %1) #6, !dbg !491
  ret void, !dbg !491
}

declare !dbg !492 i32 @medi.dist.connect(ptr noundef, i32 noundef, i64 noundef, i32 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal i32 @alive_from(ptr noundef %0, i32 noundef %1) #0 !dbg !496 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !146
    #dbg_declare(ptr %4, !502, !DIExpression(), !506)
  store i32 %1, ptr %5, align 4, !tbaa !123
    #dbg_declare(ptr %5, !503, !DIExpression(), !507)
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6, !dbg !508
    #dbg_declare(ptr %6, !504, !DIExpression(), !509)
  store i32 0, ptr %6, align 4, !dbg !509, !tbaa !123
  br label %8, !dbg !508

8:                                                ; preds = %28, %2
  %9 = load i32, ptr %6, align 4, !dbg !510, !tbaa !123
  %10 = icmp slt i32 %9, 2, !dbg !512
  br i1 %10, label %12, label %11, !dbg !513

11:                                               ; preds = %8
  store i32 2, ptr %7, align 4
  br label %31, !dbg !513

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 8, !dbg !514, !tbaa !146
  %14 = load i32, ptr %5, align 4, !dbg !517, !tbaa !123
  %15 = load i32, ptr %6, align 4, !dbg !518, !tbaa !123
  %16 = add nsw i32 %14, %15, !dbg !519
  %17 = srem i32 %16, 2, !dbg !520
  %18 = sext i32 %17 to i64, !dbg !514
  %19 = getelementptr inbounds i32, ptr %13, i64 %18, !dbg !514
  %20 = load i32, ptr %19, align 4, !dbg !514, !tbaa !123
  %21 = icmp ne i32 %20, 0, !dbg !514
  br i1 %21, label %22, label %27, !dbg !521

22:                                               ; preds = %12
  %23 = load i32, ptr %5, align 4, !dbg !522, !tbaa !123
  %24 = load i32, ptr %6, align 4, !dbg !524, !tbaa !123
  %25 = add nsw i32 %23, %24, !dbg !525
  %26 = srem i32 %25, 2, !dbg !526
  store i32 %26, ptr %3, align 4, !dbg !527
  store i32 1, ptr %7, align 4
  br label %31, !dbg !527

27:                                               ; preds = %12
  br label %28, !dbg !528

28:                                               ; preds = %27
  %29 = load i32, ptr %6, align 4, !dbg !529, !tbaa !123
  %30 = add nsw i32 %29, 1, !dbg !529
  store i32 %30, ptr %6, align 4, !dbg !529, !tbaa !123
  br label %8, !dbg !530, !llvm.loop !531

31:                                               ; preds = %22, %11
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6, !dbg !530
  %32 = load i32, ptr %7, align 4
  switch i32 %32, label %38 [
    i32 2, label %33
    i32 1, label %36
  ]

33:                                               ; preds = %31
  %34 = load i32, ptr %5, align 4, !dbg !533, !tbaa !123
  %35 = srem i32 %34, 2, !dbg !534
  store i32 %35, ptr %3, align 4, !dbg !535
  br label %36, !dbg !535

36:                                               ; preds = %33, %31
  %37 = load i32, ptr %3, align 4, !dbg !536
  ret i32 %37, !dbg !536

38:                                               ; preds = %31
  unreachable
}

declare !dbg !537 i32 @medi.dist.send(ptr noundef, ptr noundef) #2

declare !dbg !540 void @medi.dist.sender.drop(ptr noundef) #2

declare !dbg !541 i32 @medi.dist.open(ptr noundef, i64 noundef, i64 noundef, i32 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal void @validate(ptr noundef %0) #0 !dbg !544 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca %struct.LabResult, align 4
  %5 = alloca i32, align 4
  %6 = alloca [96 x i8], align 16
  %7 = alloca %struct.Normalised, align 4
  store ptr %0, ptr %2, align 8, !tbaa !146
    #dbg_declare(ptr %2, !546, !DIExpression(), !559)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #6, !dbg !560
    #dbg_declare(ptr %3, !547, !DIExpression(), !561)
  %8 = load ptr, ptr %2, align 8, !dbg !562, !tbaa !146
  store ptr %8, ptr %3, align 8, !dbg !561, !tbaa !146
  br label %9, !dbg !563

9:                                                ; preds = %48, %1
  call void @llvm.lifetime.start.p0(i64 12, ptr %4) #6, !dbg !564
    #dbg_declare(ptr %4, !548, !DIExpression(), !565)
  %10 = load ptr, ptr %3, align 8, !dbg !566, !tbaa !146
  %11 = getelementptr inbounds %struct.ValidateEnv, ptr %10, i32 0, i32 0, !dbg !568
  %12 = load ptr, ptr %11, align 8, !dbg !568, !tbaa !388
  %13 = call i32 @medi.dist.recv(ptr noundef %12, ptr noundef %4), !dbg !569
  %14 = icmp ne i32 %13, 0, !dbg !570
  br i1 %14, label %15, label %16, !dbg !571

15:                                               ; preds = %9
  store i32 1, ptr %5, align 4
  br label %46, !dbg !572

16:                                               ; preds = %9
  %17 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 2, !dbg !574
  %18 = load i32, ptr %17, align 4, !dbg !574, !tbaa !318
  %19 = icmp slt i32 %18, 0, !dbg !575
  br i1 %19, label %20, label %31, !dbg !576

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(i64 96, ptr %6) #6, !dbg !577
    #dbg_declare(ptr %6, !552, !DIExpression(), !578)
  %21 = getelementptr inbounds [96 x i8], ptr %6, i64 0, i64 0, !dbg !579
  %22 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 0, !dbg !580
  %23 = load i32, ptr %22, align 4, !dbg !580, !tbaa !312
  %24 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 1, !dbg !581
  %25 = load i32, ptr %24, align 4, !dbg !581, !tbaa !316
  %26 = sext i32 %25 to i64, !dbg !582
  %27 = getelementptr inbounds [3 x ptr], ptr @TEST_NAMES, i64 0, i64 %26, !dbg !582
  %28 = load ptr, ptr %27, align 8, !dbg !582, !tbaa !146
  %29 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %21, i64 noundef 96, ptr noundef @.str.3, i32 noundef %23, ptr noundef %28) #6, !dbg !583
  %30 = getelementptr inbounds [96 x i8], ptr %6, i64 0, i64 0, !dbg !584
  call void @medi.panic(ptr noundef %30) #7, !dbg !577
  unreachable, !dbg !577

31:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(i64 12, ptr %7) #6, !dbg !585
    #dbg_declare(ptr %7, !558, !DIExpression(), !586)
  %32 = getelementptr inbounds %struct.Normalised, ptr %7, i32 0, i32 0, !dbg !587
  %33 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 0, !dbg !588
  %34 = load i32, ptr %33, align 4, !dbg !588, !tbaa !312
  store i32 %34, ptr %32, align 4, !dbg !587, !tbaa !394
  %35 = getelementptr inbounds %struct.Normalised, ptr %7, i32 0, i32 1, !dbg !587
  %36 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 1, !dbg !589
  %37 = load i32, ptr %36, align 4, !dbg !589, !tbaa !316
  store i32 %37, ptr %35, align 4, !dbg !587, !tbaa !396
  %38 = getelementptr inbounds %struct.Normalised, ptr %7, i32 0, i32 2, !dbg !587
  %39 = getelementptr inbounds %struct.LabResult, ptr %4, i32 0, i32 2, !dbg !590
  %40 = load i32, ptr %39, align 4, !dbg !590, !tbaa !318
  %41 = sdiv i32 %40, 10, !dbg !591
  store i32 %41, ptr %38, align 4, !dbg !587, !tbaa !398
  %42 = load ptr, ptr %3, align 8, !dbg !592, !tbaa !146
  %43 = getelementptr inbounds %struct.ValidateEnv, ptr %42, i32 0, i32 1, !dbg !593
  %44 = load ptr, ptr %43, align 8, !dbg !593, !tbaa !400
  %45 = call i32 @medi.dist.send(ptr noundef %44, ptr noundef %7), !dbg !585
  call void @llvm.lifetime.end.p0(i64 12, ptr %7) #6, !dbg !594
  store i32 0, ptr %5, align 4, !dbg !594
  br label %46, !dbg !594

46:                                               ; preds = %31, %15
  call void @llvm.lifetime.end.p0(i64 12, ptr %4) #6, !dbg !594
  %47 = load i32, ptr %5, align 4
  switch i32 %47, label %49 [
    i32 0, label %48
  ]

48:                                               ; preds = %46
  br label %9, !dbg !595, !llvm.loop !596

49:                                               ; preds = %46
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #6, !dbg !599
  ret void, !dbg !599
}

declare !dbg !600 void @medi.dist.receiver.drop(ptr noundef) #2

declare !dbg !601 i32 @medi.dist.recv(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind
declare !dbg !604 i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: noreturn
declare !dbg !614 void @medi.panic(ptr noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

declare !dbg !617 i32 @printf(ptr noundef, ...) #2

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind }
attributes #7 = { noreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!100, !101, !102, !103, !104, !105, !90000}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "RAW", scope: !2, file: !3, line: 23, type: !97, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !26, globals: !42, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "lab_pipeline_dist.medi", directory: "/src/lab_pipeline_dist")
!4 = !{!5, !11, !20}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 8, baseType: !6, size: 32, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8, !9, !10}
!8 = !DIEnumerator(name: "RECORDS", value: 60)
!9 = !DIEnumerator(name: "VALIDATORS", value: 2)
!10 = !DIEnumerator(name: "ROLES", value: 4)
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !12, line: 73, baseType: !6, size: 32, elements: !13)
!12 = !DIFile(filename: "./medi_intrinsics.h", directory: "/src/lab_pipeline_dist")
!13 = !{!14, !15, !16, !17, !18, !19}
!14 = !DIEnumerator(name: "MEDI_OK", value: 0)
!15 = !DIEnumerator(name: "MEDI_DISCONNECTED", value: 1)
!16 = !DIEnumerator(name: "MEDI_EMPTY", value: 2)
!17 = !DIEnumerator(name: "MEDI_TIMEOUT", value: 4)
!18 = !DIEnumerator(name: "MEDI_PANICKED", value: 5)
!19 = !DIEnumerator(name: "MEDI_CANCELLED", value: 10)
!20 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 7, baseType: !6, size: 32, elements: !21)
!21 = !{!22, !23, !24, !25}
!22 = !DIEnumerator(name: "POTASSIUM", value: 0)
!23 = !DIEnumerator(name: "SODIUM", value: 1)
!24 = !DIEnumerator(name: "GLUCOSE", value: 2)
!25 = !DIEnumerator(name: "TESTS", value: 3)
!26 = !{!27, !34, !41}
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !30, line: 26, baseType: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "")
!31 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !32, line: 41, baseType: !33)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "")
!33 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "ValidateEnv", file: !3, line: 20, baseType: !36)
!36 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ValidateEnv", file: !3, line: 18, size: 128, elements: !37)
!37 = !{!38, !40}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "input", scope: !36, file: !3, line: 19, baseType: !39, size: 64)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "output", scope: !36, file: !3, line: 19, baseType: !39, size: 64, offset: 64)
!41 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!42 = !{!43, !49, !0, !51, !57, !62, !64, !69, !74, !82, !87, !92}
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(scope: null, file: !3, line: 23, type: !45, isLocal: true, isDefinition: true)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 80, elements: !47)
!46 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!47 = !{!48}
!48 = !DISubrange(count: 10)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(scope: null, file: !3, line: 23, type: !45, isLocal: true, isDefinition: true)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(scope: null, file: !53, line: 43, type: !54, isLocal: true, isDefinition: true)
!53 = !DIFile(filename: "lab_pipeline_dist.medi", directory: "/src/lab_pipeline_dist")
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 96, elements: !55)
!55 = !{!56}
!56 = !DISubrange(count: 12)
!57 = !DIGlobalVariableExpression(var: !58, expr: !DIExpression())
!58 = distinct !DIGlobalVariable(scope: null, file: !53, line: 36, type: !59, isLocal: true, isDefinition: true)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 360, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 45)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(scope: null, file: !3, line: 22, type: !45, isLocal: true, isDefinition: true)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(scope: null, file: !3, line: 22, type: !66, isLocal: true, isDefinition: true)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 56, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 7)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(scope: null, file: !3, line: 22, type: !71, isLocal: true, isDefinition: true)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 64, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 8)
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(name: "TEST_NAMES", scope: !2, file: !3, line: 22, type: !76, isLocal: true, isDefinition: true)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 192, elements: !80)
!77 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !78)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !79, size: 64)
!79 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !46)
!80 = !{!81}
!81 = !DISubrange(count: 3)
!82 = !DIGlobalVariableExpression(var: !83, expr: !DIExpression())
!83 = distinct !DIGlobalVariable(scope: null, file: !53, line: 57, type: !84, isLocal: true, isDefinition: true)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 528, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 66)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(scope: null, file: !53, line: 58, type: !89, isLocal: true, isDefinition: true)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 280, elements: !90)
!90 = !{!91}
!91 = !DISubrange(count: 35)
!92 = !DIGlobalVariableExpression(var: !93, expr: !DIExpression())
!93 = distinct !DIGlobalVariable(scope: null, file: !53, line: 59, type: !94, isLocal: true, isDefinition: true)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 248, elements: !95)
!95 = !{!96}
!96 = !DISubrange(count: 31)
!97 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 128, elements: !98)
!98 = !{!99}
!99 = !DISubrange(count: 2)
!100 = !{i32 7, !"Dwarf Version", i32 5}
!101 = !{i32 2, !"Debug Info Version", i32 3}
!102 = !{i32 1, !"wchar_size", i32 4}
!103 = !{i32 8, !"PIC Level", i32 2}
!104 = !{i32 7, !"PIE Level", i32 2}
!105 = !{i32 7, !"uwtable", i32 2}
!106 = distinct !DISubprogram(name: "main", scope: !53, file: !53, line: 62, type: !107, scopeLine: 62, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !109)
!107 = !DISubroutineType(types: !108)
!108 = !{!33}
!109 = !{!110, !114, !115, !117}
!110 = !DILocalVariable(name: "roles", scope: !106, file: !53, line: 63, type: !111)
!111 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 256, elements: !112)
!112 = !{!113}
!113 = !DISubrange(count: 4)
!114 = !DILocalVariable(name: "started", scope: !106, file: !53, line: 64, type: !33)
!115 = !DILocalVariable(name: "r", scope: !116, file: !53, line: 63, type: !29)
!116 = distinct !DILexicalBlock(scope: !106, file: !53, line: 63, column: 3)
!117 = !DILocalVariable(name: "i", scope: !118, file: !53, line: 64, type: !33)
!118 = distinct !DILexicalBlock(scope: !106, file: !53, line: 64, column: 3)
!119 = !DILocation(line: 63, column: 3, scope: !106)
!120 = !DILocation(line: 63, column: 9, scope: !106)
!121 = !DILocation(line: 64, column: 3, scope: !106)
!122 = !DILocation(line: 64, column: 7, scope: !106)
!123 = !{!124, !124, i64 0}
!124 = !{!"int", !125, i64 0}
!125 = !{!"omnipotent char", !126, i64 0}
!126 = !{!"Simple C/C++ TBAA"}
!127 = !DILocation(line: 63, column: 8, scope: !116)
!128 = !DILocation(line: 63, column: 16, scope: !116)
!129 = !DILocation(line: 63, column: 23, scope: !130)
!130 = distinct !DILexicalBlock(scope: !116, file: !53, line: 63, column: 3)
!131 = !DILocation(line: 63, column: 25, scope: !130)
!132 = !DILocation(line: 63, column: 3, scope: !116)
!133 = !DILocation(line: 63, column: 3, scope: !130)
!134 = !DILocation(line: 64, column: 17, scope: !135)
!135 = distinct !DILexicalBlock(scope: !136, file: !53, line: 64, column: 9)
!136 = distinct !DILexicalBlock(scope: !130, file: !53, line: 63, column: 39)
!137 = !DILocation(line: 64, column: 9, scope: !135)
!138 = !DILocation(line: 64, column: 23, scope: !135)
!139 = !DILocation(line: 64, column: 20, scope: !135)
!140 = !DILocation(line: 64, column: 9, scope: !136)
!141 = !DILocation(line: 64, column: 62, scope: !142)
!142 = distinct !DILexicalBlock(scope: !135, file: !53, line: 64, column: 41)
!143 = !DILocation(line: 64, column: 56, scope: !142)
!144 = !DILocation(line: 64, column: 43, scope: !142)
!145 = !DILocation(line: 64, column: 60, scope: !142)
!146 = !{!147, !147, i64 0}
!147 = !{!"any pointer", !125, i64 0}
!148 = !DILocation(line: 64, column: 94, scope: !142)
!149 = !DILocation(line: 65, column: 3, scope: !136)
!150 = !DILocation(line: 63, column: 34, scope: !130)
!151 = distinct !{!151, !132, !152, !153, !154}
!152 = !DILocation(line: 65, column: 3, scope: !116)
!153 = !{!"llvm.loop.mustprogress"}
!154 = !{!"llvm.loop.unroll.disable"}
!155 = !DILocation(line: 64, column: 8, scope: !118)
!156 = !DILocation(line: 64, column: 12, scope: !118)
!157 = !DILocation(line: 64, column: 19, scope: !158)
!158 = distinct !DILexicalBlock(scope: !118, file: !53, line: 64, column: 3)
!159 = !DILocation(line: 64, column: 23, scope: !158)
!160 = !DILocation(line: 64, column: 21, scope: !158)
!161 = !DILocation(line: 64, column: 3, scope: !118)
!162 = !DILocation(line: 64, column: 3, scope: !158)
!163 = !DILocation(line: 64, column: 55, scope: !164)
!164 = distinct !DILexicalBlock(scope: !158, file: !53, line: 64, column: 37)
!165 = !DILocation(line: 64, column: 49, scope: !164)
!166 = !DILocation(line: 64, column: 39, scope: !164)
!167 = !DILocation(line: 64, column: 60, scope: !164)
!168 = !DILocation(line: 64, column: 32, scope: !158)
!169 = distinct !{!169, !161, !170, !153, !154}
!170 = !DILocation(line: 64, column: 60, scope: !118)
!171 = !DILocation(line: 65, column: 3, scope: !106)
!172 = !DILocation(line: 67, column: 1, scope: !106)
!173 = !DILocation(line: 66, column: 3, scope: !106)
!174 = distinct !DISubprogram(name: "rank_of", scope: !53, file: !53, line: 16, type: !175, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !177)
!175 = !DISubroutineType(types: !176)
!176 = !{!29, !29}
!177 = !{!178, !179}
!178 = !DILocalVariable(name: "role", arg: 1, scope: !174, file: !53, line: 16, type: !29)
!179 = !DILocalVariable(name: "last", scope: !174, file: !53, line: 17, type: !29)
!180 = !DILocation(line: 16, column: 32, scope: !174)
!181 = !DILocation(line: 17, column: 3, scope: !174)
!182 = !DILocation(line: 17, column: 11, scope: !174)
!183 = !DILocation(line: 17, column: 18, scope: !174)
!184 = !DILocation(line: 17, column: 35, scope: !174)
!185 = !DILocation(line: 18, column: 10, scope: !174)
!186 = !DILocation(line: 18, column: 17, scope: !174)
!187 = !DILocation(line: 18, column: 15, scope: !174)
!188 = !DILocation(line: 18, column: 24, scope: !174)
!189 = !DILocation(line: 18, column: 31, scope: !174)
!190 = !DILocation(line: 19, column: 1, scope: !174)
!191 = !DILocation(line: 18, column: 3, scope: !174)
!192 = !DISubprogram(name: "medi_dist_rank", linkageName: "medi.dist.rank", scope: !12, file: !12, line: 40, type: !193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!193 = !DISubroutineType(types: !194)
!194 = !{!29}
!195 = !DISubprogram(name: "medi_spawn", linkageName: "medi.spawn", scope: !12, file: !12, line: 13, type: !196, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!196 = !DISubroutineType(types: !197)
!197 = !{!39, !198, !202, !204}
!198 = !DIDerivedType(tag: DW_TAG_typedef, name: "medi_task_fn", file: !12, line: 11, baseType: !199)
!199 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !200, size: 64)
!200 = !DISubroutineType(types: !201)
!201 = !{null, !39}
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !203, size: 64)
!203 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!204 = !DIDerivedType(tag: DW_TAG_typedef, name: "int64_t", file: !30, line: 27, baseType: !205)
!205 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int64_t", file: !32, line: 44, baseType: !206)
!206 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!207 = distinct !DISubprogram(name: "role", scope: !53, file: !53, line: 65, type: !200, scopeLine: 65, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !208)
!208 = !{!209, !210}
!209 = !DILocalVariable(name: "env", arg: 1, scope: !207, file: !53, line: 65, type: !39)
!210 = !DILocalVariable(name: "r", scope: !207, file: !53, line: 66, type: !29)
!211 = !DILocation(line: 65, column: 24, scope: !207)
!212 = !DILocation(line: 66, column: 3, scope: !207)
!213 = !DILocation(line: 66, column: 11, scope: !207)
!214 = !DILocation(line: 66, column: 33, scope: !207)
!215 = !DILocation(line: 66, column: 15, scope: !207)
!216 = !DILocation(line: 67, column: 7, scope: !217)
!217 = distinct !DILexicalBlock(scope: !207, file: !53, line: 67, column: 7)
!218 = !DILocation(line: 67, column: 9, scope: !217)
!219 = !DILocation(line: 67, column: 7, scope: !207)
!220 = !DILocation(line: 68, column: 12, scope: !221)
!221 = distinct !DILexicalBlock(scope: !217, file: !53, line: 67, column: 15)
!222 = !DILocation(line: 68, column: 5, scope: !221)
!223 = !DILocation(line: 69, column: 3, scope: !221)
!224 = !DILocation(line: 69, column: 14, scope: !225)
!225 = distinct !DILexicalBlock(scope: !217, file: !53, line: 69, column: 14)
!226 = !DILocation(line: 69, column: 16, scope: !225)
!227 = !DILocation(line: 69, column: 14, scope: !217)
!228 = !DILocation(line: 70, column: 15, scope: !229)
!229 = distinct !DILexicalBlock(scope: !225, file: !53, line: 69, column: 31)
!230 = !DILocation(line: 70, column: 17, scope: !229)
!231 = !DILocation(line: 70, column: 5, scope: !229)
!232 = !DILocation(line: 71, column: 3, scope: !229)
!233 = !DILocation(line: 72, column: 5, scope: !234)
!234 = distinct !DILexicalBlock(scope: !225, file: !53, line: 71, column: 10)
!235 = !DILocation(line: 74, column: 1, scope: !207)
!236 = !DISubprogram(name: "medi_join", linkageName: "medi.join", scope: !12, file: !12, line: 16, type: !237, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!237 = !DISubroutineType(types: !238)
!238 = !{!29, !39}
!239 = !DISubprogram(name: "medi_dist_barrier", linkageName: "medi.dist.barrier", scope: !12, file: !12, line: 42, type: !193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!240 = !DISubprogram(name: "medi_dist_size", linkageName: "medi.dist.size", scope: !12, file: !12, line: 41, type: !193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!241 = distinct !DISubprogram(name: "intake", scope: !53, file: !53, line: 18, type: !200, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !242)
!242 = !{!243, !244, !246, !248, !250, !252, !255, !262, !263}
!243 = !DILocalVariable(name: "env", arg: 1, scope: !241, file: !53, line: 18, type: !39)
!244 = !DILocalVariable(name: "to", scope: !241, file: !53, line: 20, type: !245)
!245 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 128, elements: !98)
!246 = !DILocalVariable(name: "alive", scope: !241, file: !53, line: 21, type: !247)
!247 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 64, elements: !98)
!248 = !DILocalVariable(name: "v", scope: !249, file: !53, line: 22, type: !33)
!249 = distinct !DILexicalBlock(scope: !241, file: !53, line: 22, column: 3)
!250 = !DILocalVariable(name: "id", scope: !251, file: !53, line: 22, type: !29)
!251 = distinct !DILexicalBlock(scope: !241, file: !53, line: 22, column: 3)
!252 = !DILocalVariable(name: "reading", scope: !253, file: !53, line: 23, type: !29)
!253 = distinct !DILexicalBlock(scope: !254, file: !53, line: 22, column: 45)
!254 = distinct !DILexicalBlock(scope: !251, file: !53, line: 22, column: 3)
!255 = !DILocalVariable(name: "record", scope: !253, file: !53, line: 24, type: !256)
!256 = !DIDerivedType(tag: DW_TAG_typedef, name: "LabResult", file: !3, line: 12, baseType: !257)
!257 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "LabResult", file: !3, line: 10, size: 96, elements: !258)
!258 = !{!259, !260, !261}
!259 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !257, file: !3, line: 11, baseType: !29, size: 32)
!260 = !DIDerivedType(tag: DW_TAG_member, name: "test", scope: !257, file: !3, line: 11, baseType: !29, size: 32, offset: 32)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "milli_units", scope: !257, file: !3, line: 11, baseType: !29, size: 32, offset: 64)
!262 = !DILocalVariable(name: "v", scope: !253, file: !53, line: 23, type: !33)
!263 = !DILocalVariable(name: "v", scope: !264, file: !53, line: 29, type: !33)
!264 = distinct !DILexicalBlock(scope: !241, file: !53, line: 29, column: 3)
!265 = !DILocation(line: 18, column: 26, scope: !241)
!266 = !DILocation(line: 19, column: 9, scope: !241)
!267 = !DILocation(line: 20, column: 3, scope: !241)
!268 = !DILocation(line: 20, column: 9, scope: !241)
!269 = !DILocation(line: 21, column: 3, scope: !241)
!270 = !DILocation(line: 21, column: 7, scope: !241)
!271 = !DILocation(line: 22, column: 8, scope: !249)
!272 = !DILocation(line: 22, column: 12, scope: !249)
!273 = !DILocation(line: 22, column: 19, scope: !274)
!274 = distinct !DILexicalBlock(scope: !249, file: !53, line: 22, column: 3)
!275 = !DILocation(line: 22, column: 21, scope: !274)
!276 = !DILocation(line: 22, column: 3, scope: !249)
!277 = !DILocation(line: 22, column: 3, scope: !274)
!278 = !DILocation(line: 19, column: 27, scope: !279)
!279 = distinct !DILexicalBlock(scope: !274, file: !53, line: 22, column: 40)
!280 = !DILocation(line: 19, column: 23, scope: !279)
!281 = !DILocation(line: 19, column: 43, scope: !279)
!282 = !DILocation(line: 19, column: 41, scope: !279)
!283 = !DILocation(line: 19, column: 31, scope: !279)
!284 = !DILocation(line: 19, column: 77, scope: !279)
!285 = !DILocation(line: 19, column: 74, scope: !279)
!286 = !DILocation(line: 19, column: 5, scope: !279)
!287 = !DILocation(line: 20, column: 11, scope: !279)
!288 = !DILocation(line: 20, column: 5, scope: !279)
!289 = !DILocation(line: 20, column: 14, scope: !279)
!290 = !DILocation(line: 21, column: 3, scope: !279)
!291 = !DILocation(line: 22, column: 35, scope: !274)
!292 = distinct !{!292, !276, !293, !153, !154}
!293 = !DILocation(line: 21, column: 3, scope: !249)
!294 = !DILocation(line: 22, column: 8, scope: !251)
!295 = !DILocation(line: 22, column: 16, scope: !251)
!296 = !DILocation(line: 22, column: 24, scope: !254)
!297 = !DILocation(line: 22, column: 27, scope: !254)
!298 = !DILocation(line: 22, column: 3, scope: !251)
!299 = !DILocation(line: 22, column: 3, scope: !254)
!300 = !DILocation(line: 23, column: 5, scope: !253)
!301 = !DILocation(line: 23, column: 13, scope: !253)
!302 = !DILocation(line: 23, column: 23, scope: !253)
!303 = !DILocation(line: 23, column: 26, scope: !253)
!304 = !DILocation(line: 23, column: 49, scope: !253)
!305 = !DILocation(line: 23, column: 52, scope: !253)
!306 = !DILocation(line: 23, column: 57, scope: !253)
!307 = !DILocation(line: 23, column: 47, scope: !253)
!308 = !DILocation(line: 24, column: 5, scope: !253)
!309 = !DILocation(line: 24, column: 15, scope: !253)
!310 = !DILocation(line: 24, column: 24, scope: !253)
!311 = !DILocation(line: 24, column: 25, scope: !253)
!312 = !{!313, !124, i64 0}
!313 = !{!"LabResult", !124, i64 0, !124, i64 4, !124, i64 8}
!314 = !DILocation(line: 24, column: 29, scope: !253)
!315 = !DILocation(line: 24, column: 32, scope: !253)
!316 = !{!313, !124, i64 4}
!317 = !DILocation(line: 24, column: 37, scope: !253)
!318 = !{!313, !124, i64 8}
!319 = !DILocation(line: 23, column: 9, scope: !253)
!320 = !DILocation(line: 23, column: 24, scope: !253)
!321 = !DILocation(line: 23, column: 31, scope: !253)
!322 = !DILocation(line: 23, column: 34, scope: !253)
!323 = !DILocation(line: 24, column: 30, scope: !253)
!324 = !DILocation(line: 24, column: 27, scope: !253)
!325 = !DILocation(line: 24, column: 12, scope: !253)
!326 = !DILocation(line: 24, column: 43, scope: !253)
!327 = !DILocation(line: 25, column: 13, scope: !328)
!328 = distinct !DILexicalBlock(scope: !253, file: !53, line: 24, column: 65)
!329 = !DILocation(line: 25, column: 7, scope: !328)
!330 = !DILocation(line: 25, column: 16, scope: !328)
!331 = !DILocation(line: 26, column: 22, scope: !328)
!332 = !DILocation(line: 26, column: 29, scope: !328)
!333 = !DILocation(line: 26, column: 31, scope: !328)
!334 = !DILocation(line: 26, column: 11, scope: !328)
!335 = !DILocation(line: 26, column: 9, scope: !328)
!336 = distinct !{!336, !308, !337, !153, !154}
!337 = !DILocation(line: 27, column: 5, scope: !253)
!338 = !DILocation(line: 28, column: 3, scope: !254)
!339 = !DILocation(line: 28, column: 3, scope: !253)
!340 = !DILocation(line: 22, column: 39, scope: !254)
!341 = distinct !{!341, !298, !342, !153, !154}
!342 = !DILocation(line: 28, column: 3, scope: !251)
!343 = !DILocation(line: 29, column: 8, scope: !264)
!344 = !DILocation(line: 29, column: 12, scope: !264)
!345 = !DILocation(line: 29, column: 19, scope: !346)
!346 = distinct !DILexicalBlock(scope: !264, file: !53, line: 29, column: 3)
!347 = !DILocation(line: 29, column: 21, scope: !346)
!348 = !DILocation(line: 29, column: 3, scope: !264)
!349 = !DILocation(line: 29, column: 3, scope: !346)
!350 = !DILocation(line: 29, column: 67, scope: !351)
!351 = distinct !DILexicalBlock(scope: !346, file: !53, line: 29, column: 40)
!352 = !DILocation(line: 29, column: 64, scope: !351)
!353 = !DILocation(line: 29, column: 42, scope: !351)
!354 = !DILocation(line: 29, column: 72, scope: !351)
!355 = !DILocation(line: 29, column: 35, scope: !346)
!356 = distinct !{!356, !348, !357, !153, !154}
!357 = !DILocation(line: 29, column: 72, scope: !264)
!358 = !DILocation(line: 30, column: 1, scope: !241)
!359 = distinct !DISubprogram(name: "validator", scope: !53, file: !53, line: 41, type: !360, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !362)
!360 = !DISubroutineType(types: !361)
!361 = !{null, !29}
!362 = !{!363, !364, !365, !366}
!363 = !DILocalVariable(name: "v", arg: 1, scope: !359, file: !53, line: 41, type: !29)
!364 = !DILocalVariable(name: "env", scope: !359, file: !53, line: 42, type: !35)
!365 = !DILocalVariable(name: "failed", scope: !359, file: !53, line: 44, type: !29)
!366 = !DILocalVariable(name: "end", scope: !359, file: !53, line: 46, type: !367)
!367 = !DIDerivedType(tag: DW_TAG_typedef, name: "Normalised", file: !3, line: 16, baseType: !368)
!368 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Normalised", file: !3, line: 14, size: 96, elements: !369)
!369 = !{!370, !371, !372}
!370 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !368, file: !3, line: 15, baseType: !29, size: 32)
!371 = !DIDerivedType(tag: DW_TAG_member, name: "test", scope: !368, file: !3, line: 15, baseType: !29, size: 32, offset: 32)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !368, file: !3, line: 15, baseType: !29, size: 32, offset: 64)
!373 = !DILocation(line: 41, column: 31, scope: !359)
!374 = !DILocation(line: 42, column: 3, scope: !359)
!375 = !DILocation(line: 42, column: 15, scope: !359)
!376 = !DILocation(line: 42, column: 22, scope: !359)
!377 = !DILocation(line: 42, column: 18, scope: !359)
!378 = !DILocation(line: 42, column: 59, scope: !359)
!379 = !DILocation(line: 43, column: 36, scope: !359)
!380 = !DILocation(line: 43, column: 80, scope: !359)
!381 = !DILocation(line: 43, column: 3, scope: !359)
!382 = !DILocation(line: 44, column: 3, scope: !359)
!383 = !DILocation(line: 44, column: 11, scope: !359)
!384 = !DILocation(line: 44, column: 30, scope: !359)
!385 = !DILocation(line: 44, column: 20, scope: !359)
!386 = !DILocation(line: 44, column: 70, scope: !359)
!387 = !DILocation(line: 45, column: 31, scope: !359)
!388 = !{!389, !147, i64 0}
!389 = !{!"ValidateEnv", !147, i64 0, !147, i64 8}
!390 = !DILocation(line: 45, column: 3, scope: !359)
!391 = !DILocation(line: 46, column: 3, scope: !359)
!392 = !DILocation(line: 46, column: 14, scope: !359)
!393 = !DILocation(line: 46, column: 20, scope: !359)
!394 = !{!395, !124, i64 0}
!395 = !{!"Normalised", !124, i64 0, !124, i64 4, !124, i64 8}
!396 = !{!395, !124, i64 4}
!397 = !DILocation(line: 46, column: 35, scope: !359)
!398 = !{!395, !124, i64 8}
!399 = !DILocation(line: 46, column: 22, scope: !359)
!400 = !{!389, !147, i64 8}
!401 = !DILocation(line: 47, column: 29, scope: !359)
!402 = !DILocation(line: 47, column: 3, scope: !359)
!403 = !DILocation(line: 48, column: 1, scope: !359)
!404 = distinct !DISubprogram(name: "aggregate", scope: !53, file: !53, line: 50, type: !405, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !407)
!405 = !DISubroutineType(types: !406)
!406 = !{null}
!407 = !{!408, !409, !411, !413, !414, !415, !416}
!408 = !DILocalVariable(name: "results", scope: !404, file: !53, line: 51, type: !39)
!409 = !DILocalVariable(name: "count", scope: !404, file: !53, line: 52, type: !410)
!410 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 96, elements: !80)
!411 = !DILocalVariable(name: "sum", scope: !404, file: !53, line: 53, type: !412)
!412 = !DICompositeType(tag: DW_TAG_array_type, baseType: !204, size: 192, elements: !80)
!413 = !DILocalVariable(name: "failed", scope: !404, file: !53, line: 54, type: !29)
!414 = !DILocalVariable(name: "result", scope: !404, file: !53, line: 55, type: !367)
!415 = !DILocalVariable(name: "normalised", scope: !404, file: !53, line: 62, type: !33)
!416 = !DILocalVariable(name: "test", scope: !417, file: !53, line: 59, type: !33)
!417 = distinct !DILexicalBlock(scope: !404, file: !53, line: 59, column: 3)
!418 = !DILocation(line: 51, column: 3, scope: !404)
!419 = !DILocation(line: 51, column: 9, scope: !404)
!420 = !DILocation(line: 52, column: 3, scope: !404)
!421 = !DILocation(line: 52, column: 11, scope: !404)
!422 = !DILocation(line: 53, column: 3, scope: !404)
!423 = !DILocation(line: 53, column: 11, scope: !404)
!424 = !DILocation(line: 54, column: 3, scope: !404)
!425 = !DILocation(line: 54, column: 11, scope: !404)
!426 = !DILocation(line: 55, column: 3, scope: !404)
!427 = !DILocation(line: 55, column: 14, scope: !404)
!428 = !DILocation(line: 54, column: 25, scope: !404)
!429 = !DILocation(line: 54, column: 10, scope: !404)
!430 = !DILocation(line: 54, column: 43, scope: !404)
!431 = !DILocation(line: 55, column: 16, scope: !432)
!432 = distinct !DILexicalBlock(scope: !433, file: !53, line: 55, column: 9)
!433 = distinct !DILexicalBlock(scope: !404, file: !53, line: 54, column: 55)
!434 = !DILocation(line: 55, column: 19, scope: !432)
!435 = !DILocation(line: 55, column: 9, scope: !433)
!436 = !DILocation(line: 56, column: 24, scope: !437)
!437 = distinct !DILexicalBlock(scope: !432, file: !53, line: 55, column: 25)
!438 = !DILocation(line: 56, column: 14, scope: !437)
!439 = !DILocation(line: 57, column: 5, scope: !437)
!440 = !DILocation(line: 58, column: 20, scope: !441)
!441 = distinct !DILexicalBlock(scope: !432, file: !53, line: 57, column: 12)
!442 = !DILocation(line: 58, column: 7, scope: !441)
!443 = !DILocation(line: 58, column: 26, scope: !441)
!444 = !DILocation(line: 59, column: 34, scope: !441)
!445 = !DILocation(line: 59, column: 27, scope: !441)
!446 = !DILocation(line: 59, column: 18, scope: !441)
!447 = !DILocation(line: 59, column: 7, scope: !441)
!448 = !DILocation(line: 59, column: 24, scope: !441)
!449 = !{!450, !450, i64 0}
!450 = !{!"long", !125, i64 0}
!451 = distinct !{!451, !424, !452, !153, !154}
!452 = !DILocation(line: 61, column: 3, scope: !404)
!453 = !DILocation(line: 62, column: 3, scope: !404)
!454 = !DILocation(line: 62, column: 7, scope: !404)
!455 = !DILocation(line: 62, column: 20, scope: !404)
!456 = !DILocation(line: 62, column: 31, scope: !404)
!457 = !DILocation(line: 62, column: 29, scope: !404)
!458 = !DILocation(line: 62, column: 42, scope: !404)
!459 = !DILocation(line: 62, column: 40, scope: !404)
!460 = !DILocation(line: 58, column: 10, scope: !404)
!461 = !DILocation(line: 58, column: 28, scope: !404)
!462 = !DILocation(line: 58, column: 50, scope: !404)
!463 = !DILocation(line: 58, column: 48, scope: !404)
!464 = !DILocation(line: 57, column: 3, scope: !404)
!465 = !DILocation(line: 58, column: 61, scope: !404)
!466 = !DILocation(line: 58, column: 3, scope: !404)
!467 = !DILocation(line: 59, column: 8, scope: !417)
!468 = !DILocation(line: 59, column: 12, scope: !417)
!469 = !DILocation(line: 59, column: 22, scope: !470)
!470 = distinct !DILexicalBlock(scope: !417, file: !53, line: 59, column: 3)
!471 = !DILocation(line: 59, column: 27, scope: !470)
!472 = !DILocation(line: 59, column: 3, scope: !417)
!473 = !DILocation(line: 59, column: 3, scope: !470)
!474 = !DILocation(line: 59, column: 58, scope: !475)
!475 = distinct !DILexicalBlock(scope: !470, file: !53, line: 59, column: 44)
!476 = !DILocation(line: 59, column: 47, scope: !475)
!477 = !DILocation(line: 59, column: 71, scope: !475)
!478 = !DILocation(line: 59, column: 65, scope: !475)
!479 = !DILocation(line: 60, column: 24, scope: !475)
!480 = !DILocation(line: 60, column: 20, scope: !475)
!481 = !DILocation(line: 60, column: 12, scope: !475)
!482 = !DILocation(line: 60, column: 38, scope: !475)
!483 = !DILocation(line: 60, column: 32, scope: !475)
!484 = !DILocation(line: 60, column: 30, scope: !475)
!485 = !DILocation(line: 59, column: 5, scope: !475)
!486 = !DILocation(line: 61, column: 3, scope: !475)
!487 = !DILocation(line: 59, column: 36, scope: !470)
!488 = distinct !{!488, !472, !489, !153, !154}
!489 = !DILocation(line: 61, column: 3, scope: !417)
!490 = !DILocation(line: 62, column: 27, scope: !404)
!491 = !DILocation(line: 63, column: 1, scope: !404)
!492 = !DISubprogram(name: "medi_dist_connect", linkageName: "medi.dist.connect", scope: !12, file: !12, line: 45, type: !493, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!493 = !DISubroutineType(types: !494)
!494 = !{!29, !78, !29, !204, !29, !204, !495}
!495 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64)
!496 = distinct !DISubprogram(name: "alive_from", scope: !53, file: !53, line: 22, type: !497, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !501)
!497 = !DISubroutineType(types: !498)
!498 = !{!33, !499, !33}
!499 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !500, size: 64)
!500 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !33)
!501 = !{!502, !503, !504}
!502 = !DILocalVariable(name: "alive", arg: 1, scope: !496, file: !53, line: 22, type: !499)
!503 = !DILocalVariable(name: "v", arg: 2, scope: !496, file: !53, line: 22, type: !33)
!504 = !DILocalVariable(name: "step", scope: !505, file: !53, line: 23, type: !33)
!505 = distinct !DILexicalBlock(scope: !496, file: !53, line: 23, column: 3)
!506 = !DILocation(line: 22, column: 34, scope: !496)
!507 = !DILocation(line: 22, column: 45, scope: !496)
!508 = !DILocation(line: 23, column: 8, scope: !505)
!509 = !DILocation(line: 23, column: 12, scope: !505)
!510 = !DILocation(line: 23, column: 22, scope: !511)
!511 = distinct !DILexicalBlock(scope: !505, file: !53, line: 23, column: 3)
!512 = !DILocation(line: 23, column: 27, scope: !511)
!513 = !DILocation(line: 23, column: 3, scope: !505)
!514 = !DILocation(line: 24, column: 9, scope: !515)
!515 = distinct !DILexicalBlock(scope: !516, file: !53, line: 24, column: 9)
!516 = distinct !DILexicalBlock(scope: !511, file: !53, line: 23, column: 49)
!517 = !DILocation(line: 24, column: 16, scope: !515)
!518 = !DILocation(line: 24, column: 20, scope: !515)
!519 = !DILocation(line: 24, column: 18, scope: !515)
!520 = !DILocation(line: 24, column: 26, scope: !515)
!521 = !DILocation(line: 24, column: 9, scope: !516)
!522 = !DILocation(line: 24, column: 51, scope: !523)
!523 = distinct !DILexicalBlock(scope: !515, file: !53, line: 24, column: 41)
!524 = !DILocation(line: 24, column: 55, scope: !523)
!525 = !DILocation(line: 24, column: 53, scope: !523)
!526 = !DILocation(line: 24, column: 61, scope: !523)
!527 = !DILocation(line: 24, column: 43, scope: !523)
!528 = !DILocation(line: 25, column: 3, scope: !516)
!529 = !DILocation(line: 23, column: 41, scope: !511)
!530 = !DILocation(line: 23, column: 3, scope: !511)
!531 = distinct !{!531, !513, !532, !153, !154}
!532 = !DILocation(line: 25, column: 3, scope: !505)
!533 = !DILocation(line: 26, column: 10, scope: !496)
!534 = !DILocation(line: 26, column: 12, scope: !496)
!535 = !DILocation(line: 26, column: 3, scope: !496)
!536 = !DILocation(line: 27, column: 1, scope: !496)
!537 = !DISubprogram(name: "medi_dist_send", linkageName: "medi.dist.send", scope: !12, file: !12, line: 47, type: !538, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!538 = !DISubroutineType(types: !539)
!539 = !{!29, !39, !202}
!540 = !DISubprogram(name: "medi_dist_sender_drop", linkageName: "medi.dist.sender.drop", scope: !12, file: !12, line: 49, type: !200, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!541 = !DISubprogram(name: "medi_dist_open", linkageName: "medi.dist.open", scope: !12, file: !12, line: 43, type: !542, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!542 = !DISubroutineType(types: !543)
!543 = !{!29, !78, !204, !204, !29, !204, !495}
!544 = distinct !DISubprogram(name: "validate", scope: !53, file: !53, line: 32, type: !200, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !545)
!545 = !{!546, !547, !548, !552, !558}
!546 = !DILocalVariable(name: "env", arg: 1, scope: !544, file: !53, line: 32, type: !39)
!547 = !DILocalVariable(name: "self", scope: !544, file: !53, line: 33, type: !34)
!548 = !DILocalVariable(name: "record", scope: !549, file: !53, line: 35, type: !256)
!549 = distinct !DILexicalBlock(scope: !550, file: !53, line: 34, column: 12)
!550 = distinct !DILexicalBlock(scope: !551, file: !53, line: 34, column: 3)
!551 = distinct !DILexicalBlock(scope: !544, file: !53, line: 34, column: 3)
!552 = !DILocalVariable(name: "message", scope: !553, file: !53, line: 35, type: !555)
!553 = distinct !DILexicalBlock(scope: !554, file: !53, line: 34, column: 33)
!554 = distinct !DILexicalBlock(scope: !549, file: !53, line: 34, column: 9)
!555 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 768, elements: !556)
!556 = !{!557}
!557 = !DISubrange(count: 96)
!558 = !DILocalVariable(name: "result", scope: !549, file: !53, line: 37, type: !367)
!559 = !DILocation(line: 32, column: 28, scope: !544)
!560 = !DILocation(line: 33, column: 3, scope: !544)
!561 = !DILocation(line: 33, column: 16, scope: !544)
!562 = !DILocation(line: 33, column: 38, scope: !544)
!563 = !DILocation(line: 34, column: 3, scope: !544)
!564 = !DILocation(line: 35, column: 5, scope: !549)
!565 = !DILocation(line: 35, column: 15, scope: !549)
!566 = !DILocation(line: 33, column: 24, scope: !567)
!567 = distinct !DILexicalBlock(scope: !549, file: !53, line: 33, column: 9)
!568 = !DILocation(line: 33, column: 30, scope: !567)
!569 = !DILocation(line: 33, column: 9, scope: !567)
!570 = !DILocation(line: 33, column: 46, scope: !567)
!571 = !DILocation(line: 33, column: 9, scope: !549)
!572 = !DILocation(line: 33, column: 60, scope: !573)
!573 = distinct !DILexicalBlock(scope: !567, file: !53, line: 33, column: 58)
!574 = !DILocation(line: 34, column: 16, scope: !554)
!575 = !DILocation(line: 34, column: 28, scope: !554)
!576 = !DILocation(line: 34, column: 9, scope: !549)
!577 = !DILocation(line: 35, column: 7, scope: !553)
!578 = !DILocation(line: 35, column: 12, scope: !553)
!579 = !DILocation(line: 36, column: 16, scope: !553)
!580 = !DILocation(line: 36, column: 96, scope: !553)
!581 = !DILocation(line: 37, column: 34, scope: !553)
!582 = !DILocation(line: 37, column: 16, scope: !553)
!583 = !DILocation(line: 36, column: 7, scope: !553)
!584 = !DILocation(line: 35, column: 18, scope: !553)
!585 = !DILocation(line: 37, column: 5, scope: !549)
!586 = !DILocation(line: 37, column: 16, scope: !549)
!587 = !DILocation(line: 37, column: 25, scope: !549)
!588 = !DILocation(line: 37, column: 33, scope: !549)
!589 = !DILocation(line: 37, column: 44, scope: !549)
!590 = !DILocation(line: 37, column: 57, scope: !549)
!591 = !DILocation(line: 37, column: 69, scope: !549)
!592 = !DILocation(line: 37, column: 20, scope: !549)
!593 = !DILocation(line: 37, column: 26, scope: !549)
!594 = !DILocation(line: 38, column: 3, scope: !550)
!595 = !DILocation(line: 34, column: 3, scope: !550)
!596 = distinct !{!596, !597, !598, !154}
!597 = !DILocation(line: 34, column: 3, scope: !551)
!598 = !DILocation(line: 38, column: 3, scope: !551)
!599 = !DILocation(line: 39, column: 1, scope: !544)
!600 = !DISubprogram(name: "medi_dist_receiver_drop", linkageName: "medi.dist.receiver.drop", scope: !12, file: !12, line: 50, type: !200, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!601 = !DISubprogram(name: "medi_dist_recv", linkageName: "medi.dist.recv", scope: !12, file: !12, line: 48, type: !602, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!602 = !DISubroutineType(types: !603)
!603 = !{!29, !39, !39}
!604 = !DISubprogram(name: "snprintf", scope: !605, file: !605, line: 378, type: !606, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!605 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!606 = !DISubroutineType(types: !607)
!607 = !{!33, !608, !610, !613, null}
!608 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !609)
!609 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64)
!610 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !611, line: 18, baseType: !612)
!611 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "")
!612 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!613 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !78)
!614 = !DISubprogram(name: "medi_panic", linkageName: "medi.panic", scope: !12, file: !12, line: 18, type: !615, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!615 = !DISubroutineType(types: !616)
!616 = !{null, !78}
!617 = !DISubprogram(name: "printf", scope: !605, file: !605, line: 356, type: !618, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!618 = !DISubroutineType(types: !619)
!619 = !{!33, !613, null}
!90000 = !{i32 1, !"medi.abi.version", i32 1}
