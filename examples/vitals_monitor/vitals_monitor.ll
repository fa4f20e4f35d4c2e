; vitals_monitor.ll: the LLVM IR of vitals_monitor.medi, as medic emits it (ABI version 1).
;
; Run it:   medi-run examples/vitals_monitor/vitals_monitor.ll
; Build it: medi-build examples/vitals_monitor/vitals_monitor.ll -o vitals_monitor
;
; Produced by examples/standins/regenerate.sh from the C stand-in standins/vitals_monitor.c.
; The Medi source it stands for:
;
;   // vitals_monitor.medi: a bedside monitor. Three sensor tasks stream readings over a bounded
;   // channel; the aggregator keeps rolling statistics inside a real-time zone, with its windows
;   // in a region and its alerts in a pool, and raises an alert when a rolling mean crosses a limit.
;   module vitals_monitor
;
;   struct Reading { sensor: Sensor, seq: i32, value: f64 }
;   struct Alert { sensor: Sensor, seq: i32, mean: f64, next: ?*Alert }
;   enum Sensor { HeartRate, SpO2, Systolic }
;
;   const READINGS = 240          // per sensor
;   const WINDOW = 4              // readings in a rolling mean
;
;   task fn sensor(kind: Sensor, out: Sender<Reading>) {
;     for seq in 0..READINGS {
;       out.send(Reading { sensor: kind, seq: seq, value: simulate(kind, seq) })
;     }
;   }
;
;   fn simulate(kind: Sensor, seq: i32) -> f64 {
;     let wobble = ((seq * 7) % 5 - 2) as f64
;     match kind {
;       HeartRate => if seq >= 120 && seq < 128 { 134.0 } else { 72.0 + wobble },
;       SpO2      => if seq >= 150 && seq < 156 { 87.0 } else { 97.0 + wobble / 2.0 },
;       Systolic  => if seq >= 60 && seq < 64 { 186.0 } else { 118.0 + wobble * 2.0 },
;     }
;   }
;
;   fn breached(kind: Sensor, mean: f64) -> bool {
;     match kind {
;       HeartRate => mean > 120.0,
;       SpO2      => mean < 90.0,
;       Systolic  => mean > 180.0,
;     }
;   }
;
;   struct Stats { count: i32, min: f64, max: f64, sum: f64, window: *[f64; WINDOW], alerting: bool,
;                  alerts: ?*Alert }
;
;   real_time fn update(stats: *Stats, r: Reading, alerts: Pool<Alert>) {
;     stats.count += 1
;     stats.sum += r.value
;     stats.min = min(stats.min, r.value)
;     stats.max = max(stats.max, r.value)
;     stats.window[r.seq % WINDOW] = r.value
;     if stats.count < WINDOW { return }
;     let mean = sum(stats.window) / WINDOW
;     let breach = breached(r.sensor, mean)
;     if breach && !stats.alerting {
;       let alert = alerts.alloc()
;       *alert = Alert { sensor: r.sensor, seq: r.seq, mean: mean, next: stats.alerts }
;       stats.alerts = alert
;     }
;     stats.alerting = breach
;   }
;
;   fn main() -> i32 {
;     let (tx, rx) = channel<Reading>(capacity: 32)
;     let sensors = [spawn sensor(HeartRate, tx), spawn sensor(SpO2, tx), spawn sensor(Systolic, tx)]
;     drop(tx)
;     let windows = Region(bytes: 4096)
;     let alerts = Pool<Alert>(count: 64)
;     let stats = [Stats::new(windows), Stats::new(windows), Stats::new(windows)]
;     for _ in 0..3 * READINGS {           // every reading; the sensors then end
;       let r = rx.recv()
;       real_time { update(&stats[r.sensor], r, alerts) }
;     }
;     for s in sensors { join(s) }
;     print_summary(stats)
;     for s in stats { free_alerts(s.alerts, alerts) }
;     drop(rx)
;     return 0
;   }
;
;   fn print_summary(stats: [Stats; 3]) {
;     print("vitals monitor: {sum(s.count for s in stats)} readings from 3 sensors")
;     for (kind, s) in enumerate(stats) {
;       print("{kind}: {s.count} readings, min {s.min}, mean {s.sum / s.count}, max {s.max}, "
;             "{len(s.alerts)} alerts")
;       for a in reversed(s.alerts) {
;         print("  ALERT {kind}: rolling mean {a.mean} at reading {a.seq}")
;       }
;     }
;   }
;
;   fn free_alerts(list: ?*Alert, alerts: Pool<Alert>) {
;     while let Some(a) = list { list = a.next; alerts.free(a) }
;   }

; ModuleID = 'vitals_monitor.c'
source_filename = "vitals_monitor.medi"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.SensorEnv = type { i32, ptr }
%struct.Stats = type { i32, double, double, double, ptr, i32, ptr }
%struct.Reading = type { i32, i32, double }
%struct.Alert = type { i32, i32, double, ptr }

@.str = private unnamed_addr constant [45 x i8] c"vitals monitor: %d readings from %d sensors\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [63 x i8] c"%-11s: %d readings, min %.1f, mean %.1f, max %.1f, %d alert%s\0A\00", align 1, !dbg !7
@NAMES = internal constant [3 x ptr] [ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16, !dbg !12
@.str.2 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1, !dbg !59
@.str.3 = private unnamed_addr constant [2 x i8] c"s\00", align 1, !dbg !64
@.str.4 = private unnamed_addr constant [45 x i8] c"  ALERT %s: rolling mean %.1f at reading %d\0A\00", align 1, !dbg !69
@.str.5 = private unnamed_addr constant [11 x i8] c"heart rate\00", align 1, !dbg !71
@.str.6 = private unnamed_addr constant [5 x i8] c"SpO2\00", align 1, !dbg !76
@.str.7 = private unnamed_addr constant [12 x i8] c"systolic BP\00", align 1, !dbg !81

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !98 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca [3 x ptr], align 16
  %5 = alloca i32, align 4
  %6 = alloca %struct.SensorEnv, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [3 x %struct.Stats], align 16
  %10 = alloca i32, align 4
  %11 = alloca %struct.Stats, align 8
  %12 = alloca %struct.Reading, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr %2) #5, !dbg !143
    #dbg_declare(ptr %2, !102, !DIExpression(), !144)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #5, !dbg !143
    #dbg_declare(ptr %3, !103, !DIExpression(), !145)
  call void @medi.chan.create(i64 noundef 16, i64 noundef 32, ptr noundef %2, ptr noundef %3), !dbg !143
  call void @llvm.lifetime.start.p0(i64 24, ptr %4) #5, !dbg !146
    #dbg_declare(ptr %4, !104, !DIExpression(), !147)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #5, !dbg !148
    #dbg_declare(ptr %5, !106, !DIExpression(), !149)
  store i32 0, ptr %5, align 4, !dbg !149, !tbaa !150
  br label %17, !dbg !148

17:                                               ; preds = %31, %0
  %18 = load i32, ptr %5, align 4, !dbg !154, !tbaa !150
  %19 = icmp slt i32 %18, 3, !dbg !155
  br i1 %19, label %21, label %20, !dbg !156

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #5, !dbg !157
  br label %34

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(i64 16, ptr %6) #5, !dbg !158
    #dbg_declare(ptr %6, !108, !DIExpression(), !159)
  %22 = getelementptr inbounds %struct.SensorEnv, ptr %6, i32 0, i32 0, !dbg !160
  %23 = load i32, ptr %5, align 4, !dbg !161, !tbaa !150
  store i32 %23, ptr %22, align 8, !dbg !160, !tbaa !162
  %24 = getelementptr inbounds %struct.SensorEnv, ptr %6, i32 0, i32 1, !dbg !160
  %25 = load ptr, ptr %2, align 8, !dbg !165, !tbaa !166
  %26 = call ptr @medi.chan.sender.clone(ptr noundef %25), !dbg !167
  store ptr %26, ptr %24, align 8, !dbg !160, !tbaa !168
  %27 = call ptr @medi.spawn(ptr noundef @sensor, ptr noundef %6, i64 noundef 16), !dbg !169
  %28 = load i32, ptr %5, align 4, !dbg !170, !tbaa !150
  %29 = sext i32 %28 to i64, !dbg !171
  %30 = getelementptr inbounds [3 x ptr], ptr %4, i64 0, i64 %29, !dbg !171
  store ptr %27, ptr %30, align 8, !dbg !172, !tbaa !166
  call void @llvm.lifetime.end.p0(i64 16, ptr %6) #5, !dbg !173
  br label %31, !dbg !174

31:                                               ; preds = %21
  %32 = load i32, ptr %5, align 4, !dbg !175, !tbaa !150
  %33 = add nsw i32 %32, 1, !dbg !175
  store i32 %33, ptr %5, align 4, !dbg !175, !tbaa !150
  br label %17, !dbg !157, !llvm.loop !176

34:                                               ; preds = %20
  %35 = load ptr, ptr %2, align 8, !dbg !180, !tbaa !166
  call void @medi.chan.sender.drop(ptr noundef %35), !dbg !181
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #5, !dbg !182
    #dbg_declare(ptr %7, !111, !DIExpression(), !183)
  %36 = call ptr @medi.region.create(i64 noundef 4096), !dbg !184
  store ptr %36, ptr %7, align 8, !dbg !183, !tbaa !166
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #5, !dbg !185
    #dbg_declare(ptr %8, !112, !DIExpression(), !186)
  %37 = call ptr @medi.pool.create(i64 noundef 24, i64 noundef 64), !dbg !187
  store ptr %37, ptr %8, align 8, !dbg !186, !tbaa !166
  call void @llvm.lifetime.start.p0(i64 168, ptr %9) #5, !dbg !188
    #dbg_declare(ptr %9, !113, !DIExpression(), !189)
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #5, !dbg !190
    #dbg_declare(ptr %10, !125, !DIExpression(), !191)
  store i32 0, ptr %10, align 4, !dbg !191, !tbaa !150
  br label %38, !dbg !190

38:                                               ; preds = %55, %34
  %39 = load i32, ptr %10, align 4, !dbg !192, !tbaa !150
  %40 = icmp slt i32 %39, 3, !dbg !193
  br i1 %40, label %42, label %41, !dbg !194

41:                                               ; preds = %38
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #5, !dbg !195
  br label %58

42:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(i64 56, ptr %11) #5, !dbg !196
    #dbg_declare(ptr %11, !127, !DIExpression(), !197)
  %43 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 0, !dbg !198
  store i32 0, ptr %43, align 8, !dbg !198, !tbaa !199
  %44 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 1, !dbg !198
  store double 1.000000e+09, ptr %44, align 8, !dbg !198, !tbaa !202
  %45 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 2, !dbg !198
  store double -1.000000e+09, ptr %45, align 8, !dbg !198, !tbaa !203
  %46 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 3, !dbg !198
  store double 0.000000e+00, ptr %46, align 8, !dbg !198, !tbaa !204
  %47 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 4, !dbg !198
  %48 = load ptr, ptr %7, align 8, !dbg !205, !tbaa !166
  %49 = call ptr @medi.region.alloc(ptr noundef %48, i64 noundef 32, i64 noundef 8), !dbg !206
  store ptr %49, ptr %47, align 8, !dbg !198, !tbaa !207
  %50 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 5, !dbg !198
  store i32 0, ptr %50, align 8, !dbg !198, !tbaa !208
  %51 = getelementptr inbounds %struct.Stats, ptr %11, i32 0, i32 6, !dbg !198
  store ptr null, ptr %51, align 8, !dbg !198, !tbaa !209
  %52 = load i32, ptr %10, align 4, !dbg !210, !tbaa !150
  %53 = sext i32 %52 to i64, !dbg !211
  %54 = getelementptr inbounds [3 x %struct.Stats], ptr %9, i64 0, i64 %53, !dbg !211
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %54, ptr align 8 %11, i64 56, i1 false), !dbg !212, !tbaa.struct !213
  call void @llvm.lifetime.end.p0(i64 56, ptr %11) #5, !dbg !215
  br label %55, !dbg !216

55:                                               ; preds = %42
  %56 = load i32, ptr %10, align 4, !dbg !217, !tbaa !150
  %57 = add nsw i32 %56, 1, !dbg !217
  store i32 %57, ptr %10, align 4, !dbg !217, !tbaa !150
  br label %38, !dbg !195, !llvm.loop !218

58:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(i64 16, ptr %12) #5, !dbg !220
    #dbg_declare(ptr %12, !130, !DIExpression(), !221)
  call void @llvm.lifetime.start.p0(i64 4, ptr %13) #5, !dbg !222
    #dbg_declare(ptr %13, !137, !DIExpression(), !223)
  store i32 0, ptr %13, align 4, !dbg !223, !tbaa !150
  br label %59, !dbg !222

59:                                               ; preds = %74, %58
  %60 = load i32, ptr %13, align 4, !dbg !224, !tbaa !150
  %61 = icmp slt i32 %60, 720, !dbg !226
  br i1 %61, label %63, label %62, !dbg !227

62:                                               ; preds = %59
  store i32 8, ptr %14, align 4
  br label %77, !dbg !227

63:                                               ; preds = %59
  %64 = load ptr, ptr %3, align 8, !dbg !228, !tbaa !166
  %65 = call i32 @medi.chan.recv(ptr noundef %64, ptr noundef %12), !dbg !231
  %66 = icmp ne i32 %65, 0, !dbg !232
  br i1 %66, label %67, label %68, !dbg !233

67:                                               ; preds = %63
  store i32 8, ptr %14, align 4
  br label %77, !dbg !234

68:                                               ; preds = %63
  call void @medi.rt.enter(), !dbg !235
  %69 = getelementptr inbounds %struct.Reading, ptr %12, i32 0, i32 0, !dbg !236
  %70 = load i32, ptr %69, align 8, !dbg !236, !tbaa !237
  %71 = sext i32 %70 to i64, !dbg !239
  %72 = getelementptr inbounds [3 x %struct.Stats], ptr %9, i64 0, i64 %71, !dbg !239
  %73 = load ptr, ptr %8, align 8, !dbg !240, !tbaa !166
  call void @update(ptr noundef %72, ptr noundef %12, ptr noundef %73), !dbg !241
  call void @medi.rt.exit(), !dbg !242
  br label %74, !dbg !243

74:                                               ; preds = %68
  %75 = load i32, ptr %13, align 4, !dbg !244, !tbaa !150
  %76 = add nsw i32 %75, 1, !dbg !244
  store i32 %76, ptr %13, align 4, !dbg !244, !tbaa !150
  br label %59, !dbg !245, !llvm.loop !246

77:                                               ; preds = %67, %62
  call void @llvm.lifetime.end.p0(i64 4, ptr %13) #5, !dbg !245
  br label %78

78:                                               ; preds = %77
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #5, !dbg !248
    #dbg_declare(ptr %15, !139, !DIExpression(), !249)
  store i32 0, ptr %15, align 4, !dbg !249, !tbaa !150
  br label %79, !dbg !248

79:                                               ; preds = %89, %78
  %80 = load i32, ptr %15, align 4, !dbg !250, !tbaa !150
  %81 = icmp slt i32 %80, 3, !dbg !252
  br i1 %81, label %83, label %82, !dbg !253

82:                                               ; preds = %79
  store i32 11, ptr %14, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #5, !dbg !254
  br label %92

83:                                               ; preds = %79
  %84 = load i32, ptr %15, align 4, !dbg !255, !tbaa !150
  %85 = sext i32 %84 to i64, !dbg !256
  %86 = getelementptr inbounds [3 x ptr], ptr %4, i64 0, i64 %85, !dbg !256
  %87 = load ptr, ptr %86, align 8, !dbg !256, !tbaa !166
  %88 = call i32 @medi.join(ptr noundef %87), !dbg !257
  br label %89, !dbg !257

89:                                               ; preds = %83
  %90 = load i32, ptr %15, align 4, !dbg !258, !tbaa !150
  %91 = add nsw i32 %90, 1, !dbg !258
  store i32 %91, ptr %15, align 4, !dbg !258, !tbaa !150
  br label %79, !dbg !254, !llvm.loop !259

92:                                               ; preds = %82
  %93 = getelementptr inbounds [3 x %struct.Stats], ptr %9, i64 0, i64 0, !dbg !261
  call void @print_summary(ptr noundef %93), !dbg !262
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #5, !dbg !263
    #dbg_declare(ptr %16, !141, !DIExpression(), !264)
  store i32 0, ptr %16, align 4, !dbg !264, !tbaa !150
  br label %94, !dbg !263

94:                                               ; preds = %105, %92
  %95 = load i32, ptr %16, align 4, !dbg !265, !tbaa !150
  %96 = icmp slt i32 %95, 3, !dbg !267
  br i1 %96, label %98, label %97, !dbg !268

97:                                               ; preds = %94
  store i32 14, ptr %14, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #5, !dbg !269
  br label %108

98:                                               ; preds = %94
  %99 = load i32, ptr %16, align 4, !dbg !270, !tbaa !150
  %100 = sext i32 %99 to i64, !dbg !271
  %101 = getelementptr inbounds [3 x %struct.Stats], ptr %9, i64 0, i64 %100, !dbg !271
  %102 = getelementptr inbounds %struct.Stats, ptr %101, i32 0, i32 6, !dbg !272
  %103 = load ptr, ptr %102, align 8, !dbg !272, !tbaa !209
  %104 = load ptr, ptr %8, align 8, !dbg !273, !tbaa !166
  call void @free_alerts(ptr noundef %103, ptr noundef %104), !dbg !274
  br label %105, !dbg !274

105:                                              ; preds = %98
  %106 = load i32, ptr %16, align 4, !dbg !275, !tbaa !150
  %107 = add nsw i32 %106, 1, !dbg !275
  store i32 %107, ptr %16, align 4, !dbg !275, !tbaa !150
  br label %94, !dbg !269, !llvm.loop !276

108:                                              ; preds = %97
  %109 = load ptr, ptr %3, align 8, !dbg !278, !tbaa !166
  call void @medi.chan.receiver.drop(ptr noundef %109), !dbg !279
  %110 = load ptr, ptr %8, align 8, !dbg !280, !tbaa !166
  call void @medi.pool.destroy(ptr noundef %110), !dbg !281
  %111 = load ptr, ptr %7, align 8, !dbg !282, !tbaa !166
  call void @medi.region.destroy(ptr noundef %111), !dbg !283
  store i32 0, ptr %1, align 4, !dbg !284
  store i32 1, ptr %14, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %12) #5, !dbg !285
  call void @llvm.lifetime.end.p0(i64 168, ptr %9) #5, !dbg !285
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #5, !dbg !285
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #5, !dbg !285
  call void @llvm.lifetime.end.p0(i64 24, ptr %4) #5, !dbg !285
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #5, !dbg !285
  call void @llvm.lifetime.end.p0(i64 8, ptr %2) #5, !dbg !285
  %112 = load i32, ptr %1, align 4, !dbg !285
  ret i32 %112, !dbg !285
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare !dbg !286 void @medi.chan.create(i64 noundef, i64 noundef, ptr noundef, ptr noundef) #2

declare !dbg !293 ptr @medi.chan.sender.clone(ptr noundef) #2

declare !dbg !296 ptr @medi.spawn(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: nounwind uwtable
define internal void @sensor(ptr noundef %0) #0 !dbg !305 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.Reading, align 8
  store ptr %0, ptr %2, align 8, !tbaa !166
    #dbg_declare(ptr %2, !307, !DIExpression(), !314)
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #5, !dbg !315
    #dbg_declare(ptr %3, !308, !DIExpression(), !316)
  %6 = load ptr, ptr %2, align 8, !dbg !317, !tbaa !166
  store ptr %6, ptr %3, align 8, !dbg !316, !tbaa !166
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #5, !dbg !318
    #dbg_declare(ptr %4, !309, !DIExpression(), !319)
  store i32 0, ptr %4, align 4, !dbg !319, !tbaa !150
  br label %7, !dbg !318

7:                                                ; preds = %28, %1
  %8 = load i32, ptr %4, align 4, !dbg !320, !tbaa !150
  %9 = icmp slt i32 %8, 240, !dbg !321
  br i1 %9, label %11, label %10, !dbg !322

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #5, !dbg !323
  br label %31

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 16, ptr %5) #5, !dbg !324
    #dbg_declare(ptr %5, !311, !DIExpression(), !325)
  %12 = getelementptr inbounds %struct.Reading, ptr %5, i32 0, i32 0, !dbg !326
  %13 = load ptr, ptr %3, align 8, !dbg !327, !tbaa !166
  %14 = getelementptr inbounds %struct.SensorEnv, ptr %13, i32 0, i32 0, !dbg !328
  %15 = load i32, ptr %14, align 8, !dbg !328, !tbaa !162
  store i32 %15, ptr %12, align 8, !dbg !326, !tbaa !237
  %16 = getelementptr inbounds %struct.Reading, ptr %5, i32 0, i32 1, !dbg !326
  %17 = load i32, ptr %4, align 4, !dbg !329, !tbaa !150
  store i32 %17, ptr %16, align 4, !dbg !326, !tbaa !330
  %18 = getelementptr inbounds %struct.Reading, ptr %5, i32 0, i32 2, !dbg !326
  %19 = load ptr, ptr %3, align 8, !dbg !331, !tbaa !166
  %20 = getelementptr inbounds %struct.SensorEnv, ptr %19, i32 0, i32 0, !dbg !332
  %21 = load i32, ptr %20, align 8, !dbg !332, !tbaa !162
  %22 = load i32, ptr %4, align 4, !dbg !333, !tbaa !150
  %23 = call double @simulate(i32 noundef %21, i32 noundef %22), !dbg !334
  store double %23, ptr %18, align 8, !dbg !326, !tbaa !335
  %24 = load ptr, ptr %3, align 8, !dbg !336, !tbaa !166
  %25 = getelementptr inbounds %struct.SensorEnv, ptr %24, i32 0, i32 1, !dbg !337
  %26 = load ptr, ptr %25, align 8, !dbg !337, !tbaa !168
  %27 = call i32 @medi.chan.send(ptr noundef %26, ptr noundef %5), !dbg !338
  call void @llvm.lifetime.end.p0(i64 16, ptr %5) #5, !dbg !339
  br label %28, !dbg !340

28:                                               ; preds = %11
  %29 = load i32, ptr %4, align 4, !dbg !341, !tbaa !150
  %30 = add nsw i32 %29, 1, !dbg !341
  store i32 %30, ptr %4, align 4, !dbg !341, !tbaa !150
  br label %7, !dbg !323, !llvm.loop !342

31:                                               ; preds = %10
  %32 = load ptr, ptr %3, align 8, !dbg !344, !tbaa !166
  %33 = getelementptr inbounds %struct.SensorEnv, ptr %32, i32 0, i32 1, !dbg !345
  %34 = load ptr, ptr %33, align 8, !dbg !345, !tbaa !168
  call void @medi.chan.sender.drop(ptr noundef %34), !dbg !346
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #5, !dbg !347
  ret void, !dbg !347
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !348 void @medi.chan.sender.drop(ptr noundef) #2

declare !dbg !349 ptr @medi.region.create(i64 noundef) #2

declare !dbg !352 ptr @medi.pool.create(i64 noundef, i64 noundef) #2

declare !dbg !355 ptr @medi.region.alloc(ptr noundef, i64 noundef, i64 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

declare !dbg !358 i32 @medi.chan.recv(ptr noundef, ptr noundef) #2

declare !dbg !361 void @medi.rt.enter() #2

; Function Attrs: nounwind uwtable
define internal void @update(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !364 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !166
    #dbg_declare(ptr %4, !371, !DIExpression(), !379)
  store ptr %1, ptr %5, align 8, !tbaa !166
    #dbg_declare(ptr %5, !372, !DIExpression(), !380)
  store ptr %2, ptr %6, align 8, !tbaa !166
    #dbg_declare(ptr %6, !373, !DIExpression(), !381)
  %10 = load ptr, ptr %4, align 8, !dbg !382, !tbaa !166
  %11 = getelementptr inbounds %struct.Stats, ptr %10, i32 0, i32 0, !dbg !383
  %12 = load i32, ptr %11, align 8, !dbg !384, !tbaa !199
  %13 = add nsw i32 %12, 1, !dbg !384
  store i32 %13, ptr %11, align 8, !dbg !384, !tbaa !199
  %14 = load ptr, ptr %5, align 8, !dbg !385, !tbaa !166
  %15 = getelementptr inbounds %struct.Reading, ptr %14, i32 0, i32 2, !dbg !386
  %16 = load double, ptr %15, align 8, !dbg !386, !tbaa !335
  %17 = load ptr, ptr %4, align 8, !dbg !387, !tbaa !166
  %18 = getelementptr inbounds %struct.Stats, ptr %17, i32 0, i32 3, !dbg !388
  %19 = load double, ptr %18, align 8, !dbg !389, !tbaa !204
  %20 = fadd double %19, %16, !dbg !389
  store double %20, ptr %18, align 8, !dbg !389, !tbaa !204
  %21 = load ptr, ptr %5, align 8, !dbg !390, !tbaa !166
  %22 = getelementptr inbounds %struct.Reading, ptr %21, i32 0, i32 2, !dbg !391
  %23 = load double, ptr %22, align 8, !dbg !391, !tbaa !335
  %24 = load ptr, ptr %4, align 8, !dbg !392, !tbaa !166
  %25 = getelementptr inbounds %struct.Stats, ptr %24, i32 0, i32 1, !dbg !393
  %26 = load double, ptr %25, align 8, !dbg !393, !tbaa !202
  %27 = fcmp olt double %23, %26, !dbg !394
  br i1 %27, label %28, label %32, !dbg !390

28:                                               ; preds = %3
  %29 = load ptr, ptr %5, align 8, !dbg !395, !tbaa !166
  %30 = getelementptr inbounds %struct.Reading, ptr %29, i32 0, i32 2, !dbg !396
  %31 = load double, ptr %30, align 8, !dbg !396, !tbaa !335
  br label %36, !dbg !390

32:                                               ; preds = %3
  %33 = load ptr, ptr %4, align 8, !dbg !397, !tbaa !166
  %34 = getelementptr inbounds %struct.Stats, ptr %33, i32 0, i32 1, !dbg !398
  %35 = load double, ptr %34, align 8, !dbg !398, !tbaa !202
  br label %36, !dbg !390

36:                                               ; preds = %32, %28
  %37 = phi double [ %31, %28 ], [ %35, %32 ], !dbg !390
  %38 = load ptr, ptr %4, align 8, !dbg !399, !tbaa !166
  %39 = getelementptr inbounds %struct.Stats, ptr %38, i32 0, i32 1, !dbg !400
  store double %37, ptr %39, align 8, !dbg !401, !tbaa !202
  %40 = load ptr, ptr %5, align 8, !dbg !402, !tbaa !166
  %41 = getelementptr inbounds %struct.Reading, ptr %40, i32 0, i32 2, !dbg !403
  %42 = load double, ptr %41, align 8, !dbg !403, !tbaa !335
  %43 = load ptr, ptr %4, align 8, !dbg !404, !tbaa !166
  %44 = getelementptr inbounds %struct.Stats, ptr %43, i32 0, i32 2, !dbg !405
  %45 = load double, ptr %44, align 8, !dbg !405, !tbaa !203
  %46 = fcmp ogt double %42, %45, !dbg !406
  br i1 %46, label %47, label %51, !dbg !402

47:                                               ; preds = %36
  %48 = load ptr, ptr %5, align 8, !dbg !407, !tbaa !166
  %49 = getelementptr inbounds %struct.Reading, ptr %48, i32 0, i32 2, !dbg !408
  %50 = load double, ptr %49, align 8, !dbg !408, !tbaa !335
  br label %55, !dbg !402

51:                                               ; preds = %36
  %52 = load ptr, ptr %4, align 8, !dbg !409, !tbaa !166
  %53 = getelementptr inbounds %struct.Stats, ptr %52, i32 0, i32 2, !dbg !410
  %54 = load double, ptr %53, align 8, !dbg !410, !tbaa !203
  br label %55, !dbg !402

55:                                               ; preds = %51, %47
  %56 = phi double [ %50, %47 ], [ %54, %51 ], !dbg !402
  %57 = load ptr, ptr %4, align 8, !dbg !411, !tbaa !166
  %58 = getelementptr inbounds %struct.Stats, ptr %57, i32 0, i32 2, !dbg !412
  store double %56, ptr %58, align 8, !dbg !413, !tbaa !203
  %59 = load ptr, ptr %5, align 8, !dbg !414, !tbaa !166
  %60 = getelementptr inbounds %struct.Reading, ptr %59, i32 0, i32 2, !dbg !415
  %61 = load double, ptr %60, align 8, !dbg !415, !tbaa !335
  %62 = load ptr, ptr %4, align 8, !dbg !416, !tbaa !166
  %63 = getelementptr inbounds %struct.Stats, ptr %62, i32 0, i32 4, !dbg !417
  %64 = load ptr, ptr %63, align 8, !dbg !417, !tbaa !207
  %65 = load ptr, ptr %5, align 8, !dbg !418, !tbaa !166
  %66 = getelementptr inbounds %struct.Reading, ptr %65, i32 0, i32 1, !dbg !419
  %67 = load i32, ptr %66, align 4, !dbg !419, !tbaa !330
  %68 = srem i32 %67, 4, !dbg !420
  %69 = sext i32 %68 to i64, !dbg !416
  %70 = getelementptr inbounds double, ptr %64, i64 %69, !dbg !416
  store double %61, ptr %70, align 8, !dbg !421, !tbaa !214
  %71 = load ptr, ptr %4, align 8, !dbg !422, !tbaa !166
  %72 = getelementptr inbounds %struct.Stats, ptr %71, i32 0, i32 0, !dbg !424
  %73 = load i32, ptr %72, align 8, !dbg !424, !tbaa !199
  %74 = icmp slt i32 %73, 4, !dbg !425
  br i1 %74, label %75, label %76, !dbg !426

75:                                               ; preds = %55
  br label %145, !dbg !427

76:                                               ; preds = %55
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #5, !dbg !428
    #dbg_declare(ptr %7, !374, !DIExpression(), !429)
  %77 = load ptr, ptr %4, align 8, !dbg !430, !tbaa !166
  %78 = getelementptr inbounds %struct.Stats, ptr %77, i32 0, i32 4, !dbg !431
  %79 = load ptr, ptr %78, align 8, !dbg !431, !tbaa !207
  %80 = getelementptr inbounds double, ptr %79, i64 0, !dbg !430
  %81 = load double, ptr %80, align 8, !dbg !430, !tbaa !214
  %82 = load ptr, ptr %4, align 8, !dbg !432, !tbaa !166
  %83 = getelementptr inbounds %struct.Stats, ptr %82, i32 0, i32 4, !dbg !433
  %84 = load ptr, ptr %83, align 8, !dbg !433, !tbaa !207
  %85 = getelementptr inbounds double, ptr %84, i64 1, !dbg !432
  %86 = load double, ptr %85, align 8, !dbg !432, !tbaa !214
  %87 = fadd double %81, %86, !dbg !434
  %88 = load ptr, ptr %4, align 8, !dbg !435, !tbaa !166
  %89 = getelementptr inbounds %struct.Stats, ptr %88, i32 0, i32 4, !dbg !436
  %90 = load ptr, ptr %89, align 8, !dbg !436, !tbaa !207
  %91 = getelementptr inbounds double, ptr %90, i64 2, !dbg !435
  %92 = load double, ptr %91, align 8, !dbg !435, !tbaa !214
  %93 = fadd double %87, %92, !dbg !437
  %94 = load ptr, ptr %4, align 8, !dbg !438, !tbaa !166
  %95 = getelementptr inbounds %struct.Stats, ptr %94, i32 0, i32 4, !dbg !439
  %96 = load ptr, ptr %95, align 8, !dbg !439, !tbaa !207
  %97 = getelementptr inbounds double, ptr %96, i64 3, !dbg !438
  %98 = load double, ptr %97, align 8, !dbg !438, !tbaa !214
  %99 = fadd double %93, %98, !dbg !440
  %100 = fdiv double %99, 4.000000e+00, !dbg !441
  store double %100, ptr %7, align 8, !dbg !429, !tbaa !214
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #5, !dbg !442
    #dbg_declare(ptr %8, !375, !DIExpression(), !443)
  %101 = load ptr, ptr %5, align 8, !dbg !444, !tbaa !166
  %102 = getelementptr inbounds %struct.Reading, ptr %101, i32 0, i32 0, !dbg !445
  %103 = load i32, ptr %102, align 8, !dbg !445, !tbaa !237
  %104 = load double, ptr %7, align 8, !dbg !446, !tbaa !214
  %105 = call i32 @breached(i32 noundef %103, double noundef %104), !dbg !447
  store i32 %105, ptr %8, align 4, !dbg !443, !tbaa !150
  %106 = load i32, ptr %8, align 4, !dbg !448, !tbaa !150
  %107 = icmp ne i32 %106, 0, !dbg !448
  br i1 %107, label %108, label %141, !dbg !449

108:                                              ; preds = %76
  %109 = load ptr, ptr %4, align 8, !dbg !450, !tbaa !166
  %110 = getelementptr inbounds %struct.Stats, ptr %109, i32 0, i32 5, !dbg !451
  %111 = load i32, ptr %110, align 8, !dbg !451, !tbaa !208
  %112 = icmp ne i32 %111, 0, !dbg !450
  br i1 %112, label %141, label %113, !dbg !452

113:                                              ; preds = %108
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #5, !dbg !453
    #dbg_declare(ptr %9, !376, !DIExpression(), !454)
  %114 = load ptr, ptr %6, align 8, !dbg !455, !tbaa !166
  %115 = call ptr @medi.pool.alloc(ptr noundef %114), !dbg !456
  store ptr %115, ptr %9, align 8, !dbg !454, !tbaa !166
  %116 = load ptr, ptr %9, align 8, !dbg !457, !tbaa !166
  %117 = icmp ne ptr %116, null, !dbg !457
  br i1 %117, label %118, label %140, !dbg !459

118:                                              ; preds = %113
  %119 = load ptr, ptr %5, align 8, !dbg !460, !tbaa !166
  %120 = getelementptr inbounds %struct.Reading, ptr %119, i32 0, i32 0, !dbg !462
  %121 = load i32, ptr %120, align 8, !dbg !462, !tbaa !237
  %122 = load ptr, ptr %9, align 8, !dbg !463, !tbaa !166
  %123 = getelementptr inbounds %struct.Alert, ptr %122, i32 0, i32 0, !dbg !464
  store i32 %121, ptr %123, align 8, !dbg !465, !tbaa !466
  %124 = load ptr, ptr %5, align 8, !dbg !468, !tbaa !166
  %125 = getelementptr inbounds %struct.Reading, ptr %124, i32 0, i32 1, !dbg !469
  %126 = load i32, ptr %125, align 4, !dbg !469, !tbaa !330
  %127 = load ptr, ptr %9, align 8, !dbg !470, !tbaa !166
  %128 = getelementptr inbounds %struct.Alert, ptr %127, i32 0, i32 1, !dbg !471
  store i32 %126, ptr %128, align 4, !dbg !472, !tbaa !473
  %129 = load double, ptr %7, align 8, !dbg !474, !tbaa !214
  %130 = load ptr, ptr %9, align 8, !dbg !475, !tbaa !166
  %131 = getelementptr inbounds %struct.Alert, ptr %130, i32 0, i32 2, !dbg !476
  store double %129, ptr %131, align 8, !dbg !477, !tbaa !478
  %132 = load ptr, ptr %4, align 8, !dbg !479, !tbaa !166
  %133 = getelementptr inbounds %struct.Stats, ptr %132, i32 0, i32 6, !dbg !480
  %134 = load ptr, ptr %133, align 8, !dbg !480, !tbaa !209
  %135 = load ptr, ptr %9, align 8, !dbg !481, !tbaa !166
  %136 = getelementptr inbounds %struct.Alert, ptr %135, i32 0, i32 3, !dbg !482
  store ptr %134, ptr %136, align 8, !dbg !483, !tbaa !484
  %137 = load ptr, ptr %9, align 8, !dbg !485, !tbaa !166
  %138 = load ptr, ptr %4, align 8, !dbg !486, !tbaa !166
  %139 = getelementptr inbounds %struct.Stats, ptr %138, i32 0, i32 6, !dbg !487
  store ptr %137, ptr %139, align 8, !dbg !488, !tbaa !209
  br label %140, !dbg !489

140:                                              ; preds = %118, %113
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #5, !dbg !490
  br label %141, !dbg !491

141:                                              ; preds = %140, %108, %76
  %142 = load i32, ptr %8, align 4, !dbg !492, !tbaa !150
  %143 = load ptr, ptr %4, align 8, !dbg !493, !tbaa !166
  %144 = getelementptr inbounds %struct.Stats, ptr %143, i32 0, i32 5, !dbg !494
  store i32 %142, ptr %144, align 8, !dbg !495, !tbaa !208
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #5, !dbg !496
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #5, !dbg !496
  br label %145, !dbg !496

145:                                              ; preds = %141, %75
  ret void, !dbg !496
}

declare !dbg !497 void @medi.rt.exit() #2

declare !dbg !498 i32 @medi.join(ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal void @print_summary(ptr noundef %0) #0 !dbg !501 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !166
    #dbg_declare(ptr %2, !507, !DIExpression(), !525)
  %11 = load ptr, ptr %2, align 8, !dbg !526, !tbaa !166
  %12 = getelementptr inbounds %struct.Stats, ptr %11, i64 0, !dbg !526
  %13 = getelementptr inbounds %struct.Stats, ptr %12, i32 0, i32 0, !dbg !527
  %14 = load i32, ptr %13, align 8, !dbg !527, !tbaa !199
  %15 = load ptr, ptr %2, align 8, !dbg !528, !tbaa !166
  %16 = getelementptr inbounds %struct.Stats, ptr %15, i64 1, !dbg !528
  %17 = getelementptr inbounds %struct.Stats, ptr %16, i32 0, i32 0, !dbg !529
  %18 = load i32, ptr %17, align 8, !dbg !529, !tbaa !199
  %19 = add nsw i32 %14, %18, !dbg !530
  %20 = load ptr, ptr %2, align 8, !dbg !531, !tbaa !166
  %21 = getelementptr inbounds %struct.Stats, ptr %20, i64 2, !dbg !531
  %22 = getelementptr inbounds %struct.Stats, ptr %21, i32 0, i32 0, !dbg !532
  %23 = load i32, ptr %22, align 8, !dbg !532, !tbaa !199
  %24 = add nsw i32 %19, %23, !dbg !533
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24, i32 noundef 3), !dbg !534
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #5, !dbg !535
    #dbg_declare(ptr %3, !508, !DIExpression(), !536)
  store i32 0, ptr %3, align 4, !dbg !536, !tbaa !150
  br label %26, !dbg !535

26:                                               ; preds = %114, %1
  %27 = load i32, ptr %3, align 4, !dbg !537, !tbaa !150
  %28 = icmp slt i32 %27, 3, !dbg !538
  br i1 %28, label %30, label %29, !dbg !539

29:                                               ; preds = %26
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #5, !dbg !540
  br label %117

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #5, !dbg !541
    #dbg_declare(ptr %5, !510, !DIExpression(), !542)
  %31 = load ptr, ptr %2, align 8, !dbg !543, !tbaa !166
  %32 = load i32, ptr %3, align 4, !dbg !544, !tbaa !150
  %33 = sext i32 %32 to i64, !dbg !543
  %34 = getelementptr inbounds %struct.Stats, ptr %31, i64 %33, !dbg !543
  store ptr %34, ptr %5, align 8, !dbg !542, !tbaa !166
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #5, !dbg !545
    #dbg_declare(ptr %6, !513, !DIExpression(), !546)
  store i32 0, ptr %6, align 4, !dbg !546, !tbaa !150
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #5, !dbg !547
    #dbg_declare(ptr %7, !514, !DIExpression(), !548)
  %35 = load ptr, ptr %5, align 8, !dbg !549, !tbaa !166
  %36 = getelementptr inbounds %struct.Stats, ptr %35, i32 0, i32 6, !dbg !550
  %37 = load ptr, ptr %36, align 8, !dbg !550, !tbaa !209
  store ptr %37, ptr %7, align 8, !dbg !548, !tbaa !166
  br label %38, !dbg !547

38:                                               ; preds = %45, %30
  %39 = load ptr, ptr %7, align 8, !dbg !551, !tbaa !166
  %40 = icmp ne ptr %39, null, !dbg !553
  br i1 %40, label %42, label %41, !dbg !553

41:                                               ; preds = %38
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #5, !dbg !554
  br label %49

42:                                               ; preds = %38
  %43 = load i32, ptr %6, align 4, !dbg !555, !tbaa !150
  %44 = add nsw i32 %43, 1, !dbg !555
  store i32 %44, ptr %6, align 4, !dbg !555, !tbaa !150
  br label %45, !dbg !555

45:                                               ; preds = %42
  %46 = load ptr, ptr %7, align 8, !dbg !556, !tbaa !166
  %47 = getelementptr inbounds %struct.Alert, ptr %46, i32 0, i32 3, !dbg !557
  %48 = load ptr, ptr %47, align 8, !dbg !557, !tbaa !484
  store ptr %48, ptr %7, align 8, !dbg !558, !tbaa !166
  br label %38, !dbg !554, !llvm.loop !559

49:                                               ; preds = %41
  %50 = load i32, ptr %3, align 4, !dbg !561, !tbaa !150
  %51 = sext i32 %50 to i64, !dbg !562
  %52 = getelementptr inbounds [3 x ptr], ptr @NAMES, i64 0, i64 %51, !dbg !562
  %53 = load ptr, ptr %52, align 8, !dbg !562, !tbaa !166
  %54 = load ptr, ptr %5, align 8, !dbg !563, !tbaa !166
  %55 = getelementptr inbounds %struct.Stats, ptr %54, i32 0, i32 0, !dbg !564
  %56 = load i32, ptr %55, align 8, !dbg !564, !tbaa !199
  %57 = load ptr, ptr %5, align 8, !dbg !565, !tbaa !166
  %58 = getelementptr inbounds %struct.Stats, ptr %57, i32 0, i32 1, !dbg !566
  %59 = load double, ptr %58, align 8, !dbg !566, !tbaa !202
  %60 = load ptr, ptr %5, align 8, !dbg !567, !tbaa !166
  %61 = getelementptr inbounds %struct.Stats, ptr %60, i32 0, i32 3, !dbg !568
  %62 = load double, ptr %61, align 8, !dbg !568, !tbaa !204
  %63 = load ptr, ptr %5, align 8, !dbg !569, !tbaa !166
  %64 = getelementptr inbounds %struct.Stats, ptr %63, i32 0, i32 0, !dbg !570
  %65 = load i32, ptr %64, align 8, !dbg !570, !tbaa !199
  %66 = sitofp i32 %65 to double, !dbg !569
  %67 = fdiv double %62, %66, !dbg !571
  %68 = load ptr, ptr %5, align 8, !dbg !572, !tbaa !166
  %69 = getelementptr inbounds %struct.Stats, ptr %68, i32 0, i32 2, !dbg !573
  %70 = load double, ptr %69, align 8, !dbg !573, !tbaa !203
  %71 = load i32, ptr %6, align 4, !dbg !574, !tbaa !150
  %72 = load i32, ptr %6, align 4, !dbg !575, !tbaa !150
  %73 = icmp eq i32 %72, 1, !dbg !576
  %74 = zext i1 %73 to i64, !dbg !575
  %75 = select i1 %73, ptr @.str.2, ptr @.str.3, !dbg !575
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %53, i32 noundef %56, double noundef %59, double noundef %67, double noundef %70, i32 noundef %71, ptr noundef %75), !dbg !577
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #5, !dbg !578
    #dbg_declare(ptr %8, !518, !DIExpression(), !579)
  %77 = load i32, ptr %6, align 4, !dbg !580, !tbaa !150
  store i32 %77, ptr %8, align 4, !dbg !579, !tbaa !150
  br label %78, !dbg !578

78:                                               ; preds = %110, %49
  %79 = load i32, ptr %8, align 4, !dbg !581, !tbaa !150
  %80 = icmp sgt i32 %79, 0, !dbg !582
  br i1 %80, label %82, label %81, !dbg !583

81:                                               ; preds = %78
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #5, !dbg !584
  br label %113

82:                                               ; preds = %78
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #5, !dbg !585
    #dbg_declare(ptr %9, !520, !DIExpression(), !586)
  %83 = load ptr, ptr %5, align 8, !dbg !587, !tbaa !166
  %84 = getelementptr inbounds %struct.Stats, ptr %83, i32 0, i32 6, !dbg !588
  %85 = load ptr, ptr %84, align 8, !dbg !588, !tbaa !209
  store ptr %85, ptr %9, align 8, !dbg !586, !tbaa !166
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #5, !dbg !589
    #dbg_declare(ptr %10, !523, !DIExpression(), !590)
  store i32 1, ptr %10, align 4, !dbg !590, !tbaa !150
  br label %86, !dbg !589

86:                                               ; preds = %95, %82
  %87 = load i32, ptr %10, align 4, !dbg !591, !tbaa !150
  %88 = load i32, ptr %8, align 4, !dbg !593, !tbaa !150
  %89 = icmp slt i32 %87, %88, !dbg !594
  br i1 %89, label %91, label %90, !dbg !595

90:                                               ; preds = %86
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #5, !dbg !596
  br label %98

91:                                               ; preds = %86
  %92 = load ptr, ptr %9, align 8, !dbg !597, !tbaa !166
  %93 = getelementptr inbounds %struct.Alert, ptr %92, i32 0, i32 3, !dbg !598
  %94 = load ptr, ptr %93, align 8, !dbg !598, !tbaa !484
  store ptr %94, ptr %9, align 8, !dbg !599, !tbaa !166
  br label %95, !dbg !600

95:                                               ; preds = %91
  %96 = load i32, ptr %10, align 4, !dbg !601, !tbaa !150
  %97 = add nsw i32 %96, 1, !dbg !601
  store i32 %97, ptr %10, align 4, !dbg !601, !tbaa !150
  br label %86, !dbg !596, !llvm.loop !602

98:                                               ; preds = %90
  %99 = load i32, ptr %3, align 4, !dbg !604, !tbaa !150
  %100 = sext i32 %99 to i64, !dbg !605
  %101 = getelementptr inbounds [3 x ptr], ptr @NAMES, i64 0, i64 %100, !dbg !605
  %102 = load ptr, ptr %101, align 8, !dbg !605, !tbaa !166
  %103 = load ptr, ptr %9, align 8, !dbg !606, !tbaa !166
  %104 = getelementptr inbounds %struct.Alert, ptr %103, i32 0, i32 2, !dbg !607
  %105 = load double, ptr %104, align 8, !dbg !607, !tbaa !478
  %106 = load ptr, ptr %9, align 8, !dbg !608, !tbaa !166
  %107 = getelementptr inbounds %struct.Alert, ptr %106, i32 0, i32 1, !dbg !609
  %108 = load i32, ptr %107, align 4, !dbg !609, !tbaa !473
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %102, double noundef %105, i32 noundef %108), !dbg !610
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #5, !dbg !611
  br label %110, !dbg !612

110:                                              ; preds = %98
  %111 = load i32, ptr %8, align 4, !dbg !613, !tbaa !150
  %112 = add nsw i32 %111, -1, !dbg !613
  store i32 %112, ptr %8, align 4, !dbg !613, !tbaa !150
  br label %78, !dbg !584, !llvm.loop !614

113:                                              ; preds = %81
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #5, !dbg !616
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #5, !dbg !616
  br label %114, !dbg !617

114:                                              ; preds = %113
  %115 = load i32, ptr %3, align 4, !dbg !618, !tbaa !150
  %116 = add nsw i32 %115, 1, !dbg !618
  store i32 %116, ptr %3, align 4, !dbg !618, !tbaa !150
  br label %26, !dbg !540, !llvm.loop !619

117:                                              ; preds = %29
  ret void, !dbg !621
}

; Function Attrs: nounwind uwtable
define internal void @free_alerts(ptr noundef %0, ptr noundef %1) #0 !dbg !622 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !166
    #dbg_declare(ptr %3, !626, !DIExpression(), !630)
  store ptr %1, ptr %4, align 8, !tbaa !166
    #dbg_declare(ptr %4, !627, !DIExpression(), !631)
  br label %6, !dbg !632

6:                                                ; preds = %9, %2
  %7 = load ptr, ptr %3, align 8, !dbg !633, !tbaa !166
  %8 = icmp ne ptr %7, null, !dbg !632
  br i1 %8, label %9, label %16, !dbg !632

9:                                                ; preds = %6
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #5, !dbg !634
    #dbg_declare(ptr %5, !628, !DIExpression(), !635)
  %10 = load ptr, ptr %3, align 8, !dbg !636, !tbaa !166
  %11 = getelementptr inbounds %struct.Alert, ptr %10, i32 0, i32 3, !dbg !637
  %12 = load ptr, ptr %11, align 8, !dbg !637, !tbaa !484
  store ptr %12, ptr %5, align 8, !dbg !635, !tbaa !166
  %13 = load ptr, ptr %4, align 8, !dbg !638, !tbaa !166
  %14 = load ptr, ptr %3, align 8, !dbg !639, !tbaa !166
  call void @medi.pool.free(ptr noundef %13, ptr noundef %14), !dbg !640
  %15 = load ptr, ptr %5, align 8, !dbg !641, !tbaa !166
  store ptr %15, ptr %3, align 8, !dbg !642, !tbaa !166
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #5, !dbg !643
  br label %6, !dbg !632, !llvm.loop !644

16:                                               ; preds = %6
  ret void, !dbg !645
}

declare !dbg !646 void @medi.chan.receiver.drop(ptr noundef) #2

declare !dbg !647 void @medi.pool.destroy(ptr noundef) #2

declare !dbg !648 void @medi.region.destroy(ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal double @simulate(i32 noundef %0, i32 noundef %1) #0 !dbg !649 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !150
    #dbg_declare(ptr %4, !653, !DIExpression(), !656)
  store i32 %1, ptr %5, align 4, !tbaa !150
    #dbg_declare(ptr %5, !654, !DIExpression(), !657)
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #5, !dbg !658
    #dbg_declare(ptr %6, !655, !DIExpression(), !659)
  %8 = load i32, ptr %5, align 4, !dbg !660, !tbaa !150
  %9 = mul nsw i32 %8, 7, !dbg !661
  %10 = srem i32 %9, 5, !dbg !662
  %11 = sub nsw i32 %10, 2, !dbg !663
  %12 = sitofp i32 %11 to double, !dbg !664
  store double %12, ptr %6, align 8, !dbg !659, !tbaa !214
  %13 = load i32, ptr %4, align 4, !dbg !665, !tbaa !150
  switch i32 %13, label %39 [
    i32 0, label %14
    i32 1, label %26
  ], !dbg !666

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4, !dbg !667, !tbaa !150
  %16 = icmp sge i32 %15, 120, !dbg !669
  br i1 %16, label %17, label %21, !dbg !670

17:                                               ; preds = %14
  %18 = load i32, ptr %5, align 4, !dbg !671, !tbaa !150
  %19 = icmp slt i32 %18, 128, !dbg !672
  br i1 %19, label %20, label %21, !dbg !667

20:                                               ; preds = %17
  br label %24, !dbg !667

21:                                               ; preds = %17, %14
  %22 = load double, ptr %6, align 8, !dbg !673, !tbaa !214
  %23 = fadd double 7.200000e+01, %22, !dbg !674
  br label %24, !dbg !667

24:                                               ; preds = %21, %20
  %25 = phi double [ 1.340000e+02, %20 ], [ %23, %21 ], !dbg !667
  store double %25, ptr %3, align 8, !dbg !675
  store i32 1, ptr %7, align 4
  br label %51, !dbg !675

26:                                               ; preds = %2
  %27 = load i32, ptr %5, align 4, !dbg !676, !tbaa !150
  %28 = icmp sge i32 %27, 150, !dbg !677
  br i1 %28, label %29, label %33, !dbg !678

29:                                               ; preds = %26
  %30 = load i32, ptr %5, align 4, !dbg !679, !tbaa !150
  %31 = icmp slt i32 %30, 156, !dbg !680
  br i1 %31, label %32, label %33, !dbg !676

32:                                               ; preds = %29
  br label %37, !dbg !676

33:                                               ; preds = %29, %26
  %34 = load double, ptr %6, align 8, !dbg !681, !tbaa !214
  %35 = fdiv double %34, 2.000000e+00, !dbg !682
  %36 = fadd double 9.700000e+01, %35, !dbg !683
  br label %37, !dbg !676

37:                                               ; preds = %33, %32
  %38 = phi double [ 8.700000e+01, %32 ], [ %36, %33 ], !dbg !676
  store double %38, ptr %3, align 8, !dbg !684
  store i32 1, ptr %7, align 4
  br label %51, !dbg !684

39:                                               ; preds = %2
  %40 = load i32, ptr %5, align 4, !dbg !685, !tbaa !150
  %41 = icmp sge i32 %40, 60, !dbg !686
  br i1 %41, label %42, label %46, !dbg !687

42:                                               ; preds = %39
  %43 = load i32, ptr %5, align 4, !dbg !688, !tbaa !150
  %44 = icmp slt i32 %43, 64, !dbg !689
  br i1 %44, label %45, label %46, !dbg !685

45:                                               ; preds = %42
  br label %49, !dbg !685

46:                                               ; preds = %42, %39
  %47 = load double, ptr %6, align 8, !dbg !690, !tbaa !214
  %48 = call double @llvm.fmuladd.f64(double %47, double 2.000000e+00, double 1.180000e+02), !dbg !691
  br label %49, !dbg !685

49:                                               ; preds = %46, %45
  %50 = phi double [ 1.860000e+02, %45 ], [ %48, %46 ], !dbg !685
  store double %50, ptr %3, align 8, !dbg !692
  store i32 1, ptr %7, align 4
  br label %51, !dbg !692

51:                                               ; preds = %49, %37, %24
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #5, !dbg !693
  %52 = load double, ptr %3, align 8, !dbg !693
  ret double %52, !dbg !693
}

declare !dbg !694 i32 @medi.chan.send(ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nounwind uwtable
define internal i32 @breached(i32 noundef %0, double noundef %1) #0 !dbg !697 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  store i32 %0, ptr %4, align 4, !tbaa !150
    #dbg_declare(ptr %4, !701, !DIExpression(), !703)
  store double %1, ptr %5, align 8, !tbaa !214
    #dbg_declare(ptr %5, !702, !DIExpression(), !704)
  %6 = load i32, ptr %4, align 4, !dbg !705, !tbaa !150
  switch i32 %6, label %15 [
    i32 0, label %7
    i32 1, label %11
  ], !dbg !706

7:                                                ; preds = %2
  %8 = load double, ptr %5, align 8, !dbg !707, !tbaa !214
  %9 = fcmp ogt double %8, 1.200000e+02, !dbg !709
  %10 = zext i1 %9 to i32, !dbg !709
  store i32 %10, ptr %3, align 4, !dbg !710
  br label %19, !dbg !710

11:                                               ; preds = %2
  %12 = load double, ptr %5, align 8, !dbg !711, !tbaa !214
  %13 = fcmp olt double %12, 9.000000e+01, !dbg !712
  %14 = zext i1 %13 to i32, !dbg !712
  store i32 %14, ptr %3, align 4, !dbg !713
  br label %19, !dbg !713

15:                                               ; preds = %2
  %16 = load double, ptr %5, align 8, !dbg !714, !tbaa !214
  %17 = fcmp ogt double %16, 1.800000e+02, !dbg !715
  %18 = zext i1 %17 to i32, !dbg !715
  store i32 %18, ptr %3, align 4, !dbg !716
  br label %19, !dbg !716

19:                                               ; preds = %15, %11, %7
  %20 = load i32, ptr %3, align 4, !dbg !717
  ret i32 %20, !dbg !717
}

declare !dbg !718 ptr @medi.pool.alloc(ptr noundef) #2

declare !dbg !719 i32 @printf(ptr noundef, ...) #2

declare !dbg !724 void @medi.pool.free(ptr noundef, ptr noundef) #2

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!92, !93, !94, !95, !96, !97, !90000}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 75, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "vitals_monitor.medi", directory: "/src/vitals_monitor")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 360, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 45)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 77, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 504, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 63)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "NAMES", scope: !14, file: !15, line: 36, type: !86, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !15, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !16, retainedTypes: !34, globals: !58, splitDebugInlining: false, nameTableKind: None)
!15 = !DIFile(filename: "vitals_monitor.medi", directory: "/src/vitals_monitor")
!16 = !{!17, !24, !28}
!17 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !15, line: 7, baseType: !18, size: 32, elements: !19)
!18 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!19 = !{!20, !21, !22, !23}
!20 = !DIEnumerator(name: "HEART_RATE", value: 0)
!21 = !DIEnumerator(name: "SPO2", value: 1)
!22 = !DIEnumerator(name: "SYSTOLIC", value: 2)
!23 = !DIEnumerator(name: "SENSORS", value: 3)
!24 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !15, line: 8, baseType: !18, size: 32, elements: !25)
!25 = !{!26, !27}
!26 = !DIEnumerator(name: "READINGS", value: 240)
!27 = !DIEnumerator(name: "WINDOW", value: 4)
!28 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !29, line: 38, baseType: !18, size: 32, elements: !30)
!29 = !DIFile(filename: "./medi_intrinsics.h", directory: "/src/vitals_monitor")
!30 = !{!31, !32, !33}
!31 = !DIEnumerator(name: "MEDI_OK", value: 0)
!32 = !DIEnumerator(name: "MEDI_DISCONNECTED", value: 1)
!33 = !DIEnumerator(name: "MEDI_PANICKED", value: 5)
!34 = !{!35, !37, !36, !49}
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64)
!36 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "SensorEnv", file: !15, line: 34, baseType: !39)
!39 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "SensorEnv", file: !15, line: 31, size: 128, elements: !40)
!40 = !{!41, !47}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !39, file: !15, line: 32, baseType: !42, size: 32)
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !43, line: 26, baseType: !44)
!43 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h", directory: "")
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !45, line: 41, baseType: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "")
!46 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "out", scope: !39, file: !15, line: 33, baseType: !48, size: 64, offset: 64)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "Alert", file: !15, line: 21, baseType: !51)
!51 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Alert", file: !15, line: 16, size: 192, elements: !52)
!52 = !{!53, !54, !55, !56}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sensor", scope: !51, file: !15, line: 17, baseType: !42, size: 32)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "seq", scope: !51, file: !15, line: 18, baseType: !42, size: 32, offset: 32)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "mean", scope: !51, file: !15, line: 19, baseType: !36, size: 64, offset: 64)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !51, file: !15, line: 20, baseType: !57, size: 64, offset: 128)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64)
!58 = !{!0, !7, !59, !64, !69, !71, !76, !81, !12}
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(scope: null, file: !2, line: 78, type: !61, isLocal: true, isDefinition: true)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !62)
!62 = !{!63}
!63 = !DISubrange(count: 1)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(scope: null, file: !2, line: 78, type: !66, isLocal: true, isDefinition: true)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 2)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(scope: null, file: !2, line: 80, type: !3, isLocal: true, isDefinition: true)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(scope: null, file: !15, line: 36, type: !73, isLocal: true, isDefinition: true)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 11)
!76 = !DIGlobalVariableExpression(var: !77, expr: !DIExpression())
!77 = distinct !DIGlobalVariable(scope: null, file: !15, line: 36, type: !78, isLocal: true, isDefinition: true)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !79)
!79 = !{!80}
!80 = !DISubrange(count: 5)
!81 = !DIGlobalVariableExpression(var: !82, expr: !DIExpression())
!82 = distinct !DIGlobalVariable(scope: null, file: !15, line: 36, type: !83, isLocal: true, isDefinition: true)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !84)
!84 = !{!85}
!85 = !DISubrange(count: 12)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !87, size: 192, elements: !90)
!87 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!89 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!90 = !{!91}
!91 = !DISubrange(count: 3)
!92 = !{i32 7, !"Dwarf Version", i32 5}
!93 = !{i32 2, !"Debug Info Version", i32 3}
!94 = !{i32 1, !"wchar_size", i32 4}
!95 = !{i32 8, !"PIC Level", i32 2}
!96 = !{i32 7, !"PIE Level", i32 2}
!97 = !{i32 7, !"uwtable", i32 2}
!98 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 56, type: !99, scopeLine: 56, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !101)
!99 = !DISubroutineType(types: !100)
!100 = !{!46}
!101 = !{!102, !103, !104, !106, !108, !111, !112, !113, !125, !127, !130, !137, !139, !141}
!102 = !DILocalVariable(name: "tx", scope: !98, file: !2, line: 57, type: !48)
!103 = !DILocalVariable(name: "rx", scope: !98, file: !2, line: 57, type: !48)
!104 = !DILocalVariable(name: "sensors", scope: !98, file: !2, line: 58, type: !105)
!105 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 192, elements: !90)
!106 = !DILocalVariable(name: "kind", scope: !107, file: !2, line: 59, type: !42)
!107 = distinct !DILexicalBlock(scope: !98, file: !2, line: 59, column: 3)
!108 = !DILocalVariable(name: "env", scope: !109, file: !2, line: 58, type: !38)
!109 = distinct !DILexicalBlock(scope: !110, file: !2, line: 59, column: 50)
!110 = distinct !DILexicalBlock(scope: !107, file: !2, line: 59, column: 3)
!111 = !DILocalVariable(name: "windows", scope: !98, file: !2, line: 60, type: !48)
!112 = !DILocalVariable(name: "alerts", scope: !98, file: !2, line: 61, type: !48)
!113 = !DILocalVariable(name: "stats", scope: !98, file: !2, line: 62, type: !114)
!114 = !DICompositeType(tag: DW_TAG_array_type, baseType: !115, size: 1344, elements: !90)
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "Stats", file: !15, line: 29, baseType: !116)
!116 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Stats", file: !15, line: 23, size: 448, elements: !117)
!117 = !{!118, !119, !120, !121, !122, !123, !124}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "count", scope: !116, file: !15, line: 24, baseType: !42, size: 32)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "min", scope: !116, file: !15, line: 25, baseType: !36, size: 64, offset: 64)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !116, file: !15, line: 25, baseType: !36, size: 64, offset: 128)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "sum", scope: !116, file: !15, line: 25, baseType: !36, size: 64, offset: 192)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "window", scope: !116, file: !15, line: 26, baseType: !35, size: 64, offset: 256)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "alerting", scope: !116, file: !15, line: 27, baseType: !46, size: 32, offset: 320)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "alerts", scope: !116, file: !15, line: 28, baseType: !49, size: 64, offset: 384)
!125 = !DILocalVariable(name: "kind", scope: !126, file: !2, line: 63, type: !46)
!126 = distinct !DILexicalBlock(scope: !98, file: !2, line: 63, column: 3)
!127 = !DILocalVariable(name: "fresh", scope: !128, file: !2, line: 62, type: !115)
!128 = distinct !DILexicalBlock(scope: !129, file: !2, line: 63, column: 46)
!129 = distinct !DILexicalBlock(scope: !126, file: !2, line: 63, column: 3)
!130 = !DILocalVariable(name: "r", scope: !98, file: !2, line: 65, type: !131)
!131 = !DIDerivedType(tag: DW_TAG_typedef, name: "Reading", file: !15, line: 14, baseType: !132)
!132 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Reading", file: !15, line: 10, size: 128, elements: !133)
!133 = !{!134, !135, !136}
!134 = !DIDerivedType(tag: DW_TAG_member, name: "sensor", scope: !132, file: !15, line: 11, baseType: !42, size: 32)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "seq", scope: !132, file: !15, line: 12, baseType: !42, size: 32, offset: 32)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !132, file: !15, line: 13, baseType: !36, size: 64, offset: 64)
!137 = !DILocalVariable(name: "received", scope: !138, file: !2, line: 63, type: !46)
!138 = distinct !DILexicalBlock(scope: !98, file: !2, line: 63, column: 3)
!139 = !DILocalVariable(name: "kind", scope: !140, file: !2, line: 67, type: !46)
!140 = distinct !DILexicalBlock(scope: !98, file: !2, line: 67, column: 3)
!141 = !DILocalVariable(name: "kind", scope: !142, file: !2, line: 69, type: !46)
!142 = distinct !DILexicalBlock(scope: !98, file: !2, line: 69, column: 3)
!143 = !DILocation(line: 57, column: 3, scope: !98)
!144 = !DILocation(line: 57, column: 9, scope: !98)
!145 = !DILocation(line: 57, column: 14, scope: !98)
!146 = !DILocation(line: 58, column: 3, scope: !98)
!147 = !DILocation(line: 58, column: 9, scope: !98)
!148 = !DILocation(line: 59, column: 8, scope: !107)
!149 = !DILocation(line: 59, column: 16, scope: !107)
!150 = !{!151, !151, i64 0}
!151 = !{!"int", !152, i64 0}
!152 = !{!"omnipotent char", !153, i64 0}
!153 = !{!"Simple C/C++ TBAA"}
!154 = !DILocation(line: 59, column: 26, scope: !110)
!155 = !DILocation(line: 59, column: 31, scope: !110)
!156 = !DILocation(line: 59, column: 3, scope: !107)
!157 = !DILocation(line: 59, column: 3, scope: !110)
!158 = !DILocation(line: 58, column: 5, scope: !109)
!159 = !DILocation(line: 58, column: 15, scope: !109)
!160 = !DILocation(line: 58, column: 21, scope: !109)
!161 = !DILocation(line: 58, column: 22, scope: !109)
!162 = !{!163, !151, i64 0}
!163 = !{!"SensorEnv", !151, i64 0, !164, i64 8}
!164 = !{!"any pointer", !152, i64 0}
!165 = !DILocation(line: 58, column: 51, scope: !109)
!166 = !{!164, !164, i64 0}
!167 = !DILocation(line: 58, column: 28, scope: !109)
!168 = !{!163, !164, i64 8}
!169 = !DILocation(line: 59, column: 21, scope: !109)
!170 = !DILocation(line: 59, column: 13, scope: !109)
!171 = !DILocation(line: 59, column: 5, scope: !109)
!172 = !DILocation(line: 59, column: 19, scope: !109)
!173 = !DILocation(line: 60, column: 3, scope: !110)
!174 = !DILocation(line: 60, column: 3, scope: !109)
!175 = !DILocation(line: 59, column: 42, scope: !110)
!176 = distinct !{!176, !156, !177, !178, !179}
!177 = !DILocation(line: 60, column: 3, scope: !107)
!178 = !{!"llvm.loop.mustprogress"}
!179 = !{!"llvm.loop.unroll.disable"}
!180 = !DILocation(line: 59, column: 25, scope: !98)
!181 = !DILocation(line: 59, column: 3, scope: !98)
!182 = !DILocation(line: 60, column: 3, scope: !98)
!183 = !DILocation(line: 60, column: 9, scope: !98)
!184 = !DILocation(line: 60, column: 19, scope: !98)
!185 = !DILocation(line: 61, column: 3, scope: !98)
!186 = !DILocation(line: 61, column: 9, scope: !98)
!187 = !DILocation(line: 61, column: 18, scope: !98)
!188 = !DILocation(line: 62, column: 3, scope: !98)
!189 = !DILocation(line: 62, column: 9, scope: !98)
!190 = !DILocation(line: 63, column: 8, scope: !126)
!191 = !DILocation(line: 63, column: 12, scope: !126)
!192 = !DILocation(line: 63, column: 22, scope: !129)
!193 = !DILocation(line: 63, column: 27, scope: !129)
!194 = !DILocation(line: 63, column: 3, scope: !126)
!195 = !DILocation(line: 63, column: 3, scope: !129)
!196 = !DILocation(line: 62, column: 5, scope: !128)
!197 = !DILocation(line: 62, column: 11, scope: !128)
!198 = !DILocation(line: 62, column: 19, scope: !128)
!199 = !{!200, !151, i64 0}
!200 = !{!"Stats", !151, i64 0, !201, i64 8, !201, i64 16, !201, i64 24, !164, i64 32, !151, i64 40, !164, i64 48}
!201 = !{!"double", !152, i64 0}
!202 = !{!200, !201, i64 8}
!203 = !{!200, !201, i64 16}
!204 = !{!200, !201, i64 24}
!205 = !DILocation(line: 62, column: 67, scope: !128)
!206 = !DILocation(line: 62, column: 49, scope: !128)
!207 = !{!200, !164, i64 32}
!208 = !{!200, !151, i64 40}
!209 = !{!200, !164, i64 48}
!210 = !DILocation(line: 63, column: 11, scope: !128)
!211 = !DILocation(line: 63, column: 5, scope: !128)
!212 = !DILocation(line: 63, column: 19, scope: !128)
!213 = !{i64 0, i64 4, !150, i64 8, i64 8, !214, i64 16, i64 8, !214, i64 24, i64 8, !214, i64 32, i64 8, !166, i64 40, i64 4, !150, i64 48, i64 8, !166}
!214 = !{!201, !201, i64 0}
!215 = !DILocation(line: 64, column: 3, scope: !129)
!216 = !DILocation(line: 64, column: 3, scope: !128)
!217 = !DILocation(line: 63, column: 38, scope: !129)
!218 = distinct !{!218, !194, !219, !178, !179}
!219 = !DILocation(line: 64, column: 3, scope: !126)
!220 = !DILocation(line: 65, column: 3, scope: !98)
!221 = !DILocation(line: 65, column: 11, scope: !98)
!222 = !DILocation(line: 63, column: 8, scope: !138)
!223 = !DILocation(line: 63, column: 12, scope: !138)
!224 = !DILocation(line: 63, column: 26, scope: !225)
!225 = distinct !DILexicalBlock(scope: !138, file: !2, line: 63, column: 3)
!226 = !DILocation(line: 63, column: 35, scope: !225)
!227 = !DILocation(line: 63, column: 3, scope: !138)
!228 = !DILocation(line: 64, column: 24, scope: !229)
!229 = distinct !DILexicalBlock(scope: !230, file: !2, line: 64, column: 9)
!230 = distinct !DILexicalBlock(scope: !225, file: !2, line: 63, column: 69)
!231 = !DILocation(line: 64, column: 9, scope: !229)
!232 = !DILocation(line: 64, column: 32, scope: !229)
!233 = !DILocation(line: 64, column: 9, scope: !230)
!234 = !DILocation(line: 64, column: 44, scope: !229)
!235 = !DILocation(line: 65, column: 5, scope: !230)
!236 = !DILocation(line: 66, column: 21, scope: !230)
!237 = !{!238, !151, i64 0}
!238 = !{!"Reading", !151, i64 0, !151, i64 4, !201, i64 8}
!239 = !DILocation(line: 66, column: 13, scope: !230)
!240 = !DILocation(line: 66, column: 34, scope: !230)
!241 = !DILocation(line: 66, column: 5, scope: !230)
!242 = !DILocation(line: 67, column: 5, scope: !230)
!243 = !DILocation(line: 68, column: 3, scope: !230)
!244 = !DILocation(line: 63, column: 57, scope: !225)
!245 = !DILocation(line: 63, column: 3, scope: !225)
!246 = distinct !{!246, !227, !247, !178, !179}
!247 = !DILocation(line: 68, column: 3, scope: !138)
!248 = !DILocation(line: 67, column: 8, scope: !140)
!249 = !DILocation(line: 67, column: 12, scope: !140)
!250 = !DILocation(line: 67, column: 22, scope: !251)
!251 = distinct !DILexicalBlock(scope: !140, file: !2, line: 67, column: 3)
!252 = !DILocation(line: 67, column: 27, scope: !251)
!253 = !DILocation(line: 67, column: 3, scope: !140)
!254 = !DILocation(line: 67, column: 3, scope: !251)
!255 = !DILocation(line: 67, column: 64, scope: !251)
!256 = !DILocation(line: 67, column: 56, scope: !251)
!257 = !DILocation(line: 67, column: 46, scope: !251)
!258 = !DILocation(line: 67, column: 38, scope: !251)
!259 = distinct !{!259, !253, !260, !178, !179}
!260 = !DILocation(line: 67, column: 69, scope: !140)
!261 = !DILocation(line: 68, column: 17, scope: !98)
!262 = !DILocation(line: 68, column: 3, scope: !98)
!263 = !DILocation(line: 69, column: 8, scope: !142)
!264 = !DILocation(line: 69, column: 12, scope: !142)
!265 = !DILocation(line: 69, column: 22, scope: !266)
!266 = distinct !DILexicalBlock(scope: !142, file: !2, line: 69, column: 3)
!267 = !DILocation(line: 69, column: 27, scope: !266)
!268 = !DILocation(line: 69, column: 3, scope: !142)
!269 = !DILocation(line: 69, column: 3, scope: !266)
!270 = !DILocation(line: 69, column: 64, scope: !266)
!271 = !DILocation(line: 69, column: 58, scope: !266)
!272 = !DILocation(line: 69, column: 70, scope: !266)
!273 = !DILocation(line: 69, column: 78, scope: !266)
!274 = !DILocation(line: 69, column: 46, scope: !266)
!275 = !DILocation(line: 69, column: 38, scope: !266)
!276 = distinct !{!276, !268, !277, !178, !179}
!277 = !DILocation(line: 69, column: 84, scope: !142)
!278 = !DILocation(line: 70, column: 27, scope: !98)
!279 = !DILocation(line: 70, column: 3, scope: !98)
!280 = !DILocation(line: 71, column: 21, scope: !98)
!281 = !DILocation(line: 71, column: 3, scope: !98)
!282 = !DILocation(line: 72, column: 23, scope: !98)
!283 = !DILocation(line: 72, column: 3, scope: !98)
!284 = !DILocation(line: 73, column: 3, scope: !98)
!285 = !DILocation(line: 74, column: 1, scope: !98)
!286 = !DISubprogram(name: "medi_chan_create", linkageName: "medi.chan.create", scope: !29, file: !29, line: 20, type: !287, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!287 = !DISubroutineType(types: !288)
!288 = !{null, !289, !289, !292, !292}
!289 = !DIDerivedType(tag: DW_TAG_typedef, name: "int64_t", file: !43, line: 27, baseType: !290)
!290 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int64_t", file: !45, line: 44, baseType: !291)
!291 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64)
!293 = !DISubprogram(name: "medi_chan_sender_clone", linkageName: "medi.chan.sender.clone", scope: !29, file: !29, line: 24, type: !294, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!294 = !DISubroutineType(types: !295)
!295 = !{!48, !48}
!296 = !DISubprogram(name: "medi_spawn", linkageName: "medi.spawn", scope: !29, file: !29, line: 13, type: !297, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!297 = !DISubroutineType(types: !298)
!298 = !{!48, !299, !303, !289}
!299 = !DIDerivedType(tag: DW_TAG_typedef, name: "medi_task_fn", file: !29, line: 11, baseType: !300)
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !301, size: 64)
!301 = !DISubroutineType(types: !302)
!302 = !{null, !48}
!303 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !304, size: 64)
!304 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!305 = distinct !DISubprogram(name: "sensor", scope: !2, file: !2, line: 13, type: !301, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !306)
!306 = !{!307, !308, !309, !311}
!307 = !DILocalVariable(name: "env", arg: 1, scope: !305, file: !2, line: 13, type: !48)
!308 = !DILocalVariable(name: "self", scope: !305, file: !2, line: 14, type: !37)
!309 = !DILocalVariable(name: "seq", scope: !310, file: !2, line: 15, type: !42)
!310 = distinct !DILexicalBlock(scope: !305, file: !2, line: 15, column: 3)
!311 = !DILocalVariable(name: "r", scope: !312, file: !2, line: 16, type: !131)
!312 = distinct !DILexicalBlock(scope: !313, file: !2, line: 15, column: 48)
!313 = distinct !DILexicalBlock(scope: !310, file: !2, line: 15, column: 3)
!314 = !DILocation(line: 13, column: 26, scope: !305)
!315 = !DILocation(line: 14, column: 3, scope: !305)
!316 = !DILocation(line: 14, column: 14, scope: !305)
!317 = !DILocation(line: 14, column: 34, scope: !305)
!318 = !DILocation(line: 15, column: 8, scope: !310)
!319 = !DILocation(line: 15, column: 16, scope: !310)
!320 = !DILocation(line: 15, column: 25, scope: !313)
!321 = !DILocation(line: 15, column: 29, scope: !313)
!322 = !DILocation(line: 15, column: 3, scope: !310)
!323 = !DILocation(line: 15, column: 3, scope: !313)
!324 = !DILocation(line: 16, column: 5, scope: !312)
!325 = !DILocation(line: 16, column: 13, scope: !312)
!326 = !DILocation(line: 16, column: 17, scope: !312)
!327 = !DILocation(line: 16, column: 18, scope: !312)
!328 = !DILocation(line: 16, column: 24, scope: !312)
!329 = !DILocation(line: 16, column: 30, scope: !312)
!330 = !{!238, !151, i64 4}
!331 = !DILocation(line: 16, column: 44, scope: !312)
!332 = !DILocation(line: 16, column: 50, scope: !312)
!333 = !DILocation(line: 16, column: 56, scope: !312)
!334 = !DILocation(line: 16, column: 35, scope: !312)
!335 = !{!238, !201, i64 8}
!336 = !DILocation(line: 15, column: 20, scope: !312)
!337 = !DILocation(line: 15, column: 26, scope: !312)
!338 = !DILocation(line: 15, column: 5, scope: !312)
!339 = !DILocation(line: 16, column: 3, scope: !313)
!340 = !DILocation(line: 16, column: 3, scope: !312)
!341 = !DILocation(line: 15, column: 41, scope: !313)
!342 = distinct !{!342, !322, !343, !178, !179}
!343 = !DILocation(line: 16, column: 3, scope: !310)
!344 = !DILocation(line: 17, column: 25, scope: !305)
!345 = !DILocation(line: 17, column: 31, scope: !305)
!346 = !DILocation(line: 17, column: 3, scope: !305)
!347 = !DILocation(line: 18, column: 1, scope: !305)
!348 = !DISubprogram(name: "medi_chan_sender_drop", linkageName: "medi.chan.sender.drop", scope: !29, file: !29, line: 25, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!349 = !DISubprogram(name: "medi_region_create", linkageName: "medi.region.create", scope: !29, file: !29, line: 30, type: !350, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!350 = !DISubroutineType(types: !351)
!351 = !{!48, !289}
!352 = !DISubprogram(name: "medi_pool_create", linkageName: "medi.pool.create", scope: !29, file: !29, line: 33, type: !353, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!353 = !DISubroutineType(types: !354)
!354 = !{!48, !289, !289}
!355 = !DISubprogram(name: "medi_region_alloc", linkageName: "medi.region.alloc", scope: !29, file: !29, line: 31, type: !356, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!356 = !DISubroutineType(types: !357)
!357 = !{!48, !48, !289, !289}
!358 = !DISubprogram(name: "medi_chan_recv", linkageName: "medi.chan.recv", scope: !29, file: !29, line: 23, type: !359, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!359 = !DISubroutineType(types: !360)
!360 = !{!42, !48, !48}
!361 = !DISubprogram(name: "medi_rt_enter", linkageName: "medi.rt.enter", scope: !29, file: !29, line: 28, type: !362, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!362 = !DISubroutineType(types: !363)
!363 = !{null}
!364 = distinct !DISubprogram(name: "update", scope: !2, file: !2, line: 39, type: !365, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !370)
!365 = !DISubroutineType(types: !366)
!366 = !{null, !367, !368, !48}
!367 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64)
!368 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !369, size: 64)
!369 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !131)
!370 = !{!371, !372, !373, !374, !375, !376}
!371 = !DILocalVariable(name: "stats", arg: 1, scope: !364, file: !2, line: 39, type: !367)
!372 = !DILocalVariable(name: "r", arg: 2, scope: !364, file: !2, line: 39, type: !368)
!373 = !DILocalVariable(name: "alerts", arg: 3, scope: !364, file: !2, line: 39, type: !48)
!374 = !DILocalVariable(name: "mean", scope: !364, file: !2, line: 46, type: !36)
!375 = !DILocalVariable(name: "breach", scope: !364, file: !2, line: 47, type: !46)
!376 = !DILocalVariable(name: "alert", scope: !377, file: !2, line: 49, type: !49)
!377 = distinct !DILexicalBlock(scope: !378, file: !2, line: 48, column: 35)
!378 = distinct !DILexicalBlock(scope: !364, file: !2, line: 48, column: 7)
!379 = !DILocation(line: 39, column: 27, scope: !364)
!380 = !DILocation(line: 39, column: 49, scope: !364)
!381 = !DILocation(line: 39, column: 58, scope: !364)
!382 = !DILocation(line: 40, column: 3, scope: !364)
!383 = !DILocation(line: 40, column: 10, scope: !364)
!384 = !DILocation(line: 40, column: 16, scope: !364)
!385 = !DILocation(line: 41, column: 17, scope: !364)
!386 = !DILocation(line: 41, column: 20, scope: !364)
!387 = !DILocation(line: 41, column: 3, scope: !364)
!388 = !DILocation(line: 41, column: 10, scope: !364)
!389 = !DILocation(line: 41, column: 14, scope: !364)
!390 = !DILocation(line: 42, column: 16, scope: !364)
!391 = !DILocation(line: 42, column: 19, scope: !364)
!392 = !DILocation(line: 42, column: 27, scope: !364)
!393 = !DILocation(line: 42, column: 34, scope: !364)
!394 = !DILocation(line: 42, column: 25, scope: !364)
!395 = !DILocation(line: 42, column: 40, scope: !364)
!396 = !DILocation(line: 42, column: 43, scope: !364)
!397 = !DILocation(line: 42, column: 51, scope: !364)
!398 = !DILocation(line: 42, column: 58, scope: !364)
!399 = !DILocation(line: 42, column: 3, scope: !364)
!400 = !DILocation(line: 42, column: 10, scope: !364)
!401 = !DILocation(line: 42, column: 14, scope: !364)
!402 = !DILocation(line: 43, column: 16, scope: !364)
!403 = !DILocation(line: 43, column: 19, scope: !364)
!404 = !DILocation(line: 43, column: 27, scope: !364)
!405 = !DILocation(line: 43, column: 34, scope: !364)
!406 = !DILocation(line: 43, column: 25, scope: !364)
!407 = !DILocation(line: 43, column: 40, scope: !364)
!408 = !DILocation(line: 43, column: 43, scope: !364)
!409 = !DILocation(line: 43, column: 51, scope: !364)
!410 = !DILocation(line: 43, column: 58, scope: !364)
!411 = !DILocation(line: 43, column: 3, scope: !364)
!412 = !DILocation(line: 43, column: 10, scope: !364)
!413 = !DILocation(line: 43, column: 14, scope: !364)
!414 = !DILocation(line: 44, column: 36, scope: !364)
!415 = !DILocation(line: 44, column: 39, scope: !364)
!416 = !DILocation(line: 44, column: 3, scope: !364)
!417 = !DILocation(line: 44, column: 10, scope: !364)
!418 = !DILocation(line: 44, column: 17, scope: !364)
!419 = !DILocation(line: 44, column: 20, scope: !364)
!420 = !DILocation(line: 44, column: 24, scope: !364)
!421 = !DILocation(line: 44, column: 34, scope: !364)
!422 = !DILocation(line: 45, column: 7, scope: !423)
!423 = distinct !DILexicalBlock(scope: !364, file: !2, line: 45, column: 7)
!424 = !DILocation(line: 45, column: 14, scope: !423)
!425 = !DILocation(line: 45, column: 20, scope: !423)
!426 = !DILocation(line: 45, column: 7, scope: !364)
!427 = !DILocation(line: 45, column: 30, scope: !423)
!428 = !DILocation(line: 46, column: 3, scope: !364)
!429 = !DILocation(line: 46, column: 10, scope: !364)
!430 = !DILocation(line: 46, column: 18, scope: !364)
!431 = !DILocation(line: 46, column: 25, scope: !364)
!432 = !DILocation(line: 46, column: 37, scope: !364)
!433 = !DILocation(line: 46, column: 44, scope: !364)
!434 = !DILocation(line: 46, column: 35, scope: !364)
!435 = !DILocation(line: 46, column: 56, scope: !364)
!436 = !DILocation(line: 46, column: 63, scope: !364)
!437 = !DILocation(line: 46, column: 54, scope: !364)
!438 = !DILocation(line: 46, column: 75, scope: !364)
!439 = !DILocation(line: 46, column: 82, scope: !364)
!440 = !DILocation(line: 46, column: 73, scope: !364)
!441 = !DILocation(line: 46, column: 93, scope: !364)
!442 = !DILocation(line: 47, column: 3, scope: !364)
!443 = !DILocation(line: 47, column: 7, scope: !364)
!444 = !DILocation(line: 47, column: 25, scope: !364)
!445 = !DILocation(line: 47, column: 28, scope: !364)
!446 = !DILocation(line: 47, column: 36, scope: !364)
!447 = !DILocation(line: 47, column: 16, scope: !364)
!448 = !DILocation(line: 48, column: 7, scope: !378)
!449 = !DILocation(line: 48, column: 14, scope: !378)
!450 = !DILocation(line: 48, column: 18, scope: !378)
!451 = !DILocation(line: 48, column: 25, scope: !378)
!452 = !DILocation(line: 48, column: 7, scope: !364)
!453 = !DILocation(line: 49, column: 5, scope: !377)
!454 = !DILocation(line: 49, column: 12, scope: !377)
!455 = !DILocation(line: 49, column: 45, scope: !377)
!456 = !DILocation(line: 49, column: 29, scope: !377)
!457 = !DILocation(line: 50, column: 9, scope: !458)
!458 = distinct !DILexicalBlock(scope: !377, file: !2, line: 50, column: 9)
!459 = !DILocation(line: 50, column: 9, scope: !377)
!460 = !DILocation(line: 51, column: 23, scope: !461)
!461 = distinct !DILexicalBlock(scope: !458, file: !2, line: 50, column: 16)
!462 = !DILocation(line: 51, column: 26, scope: !461)
!463 = !DILocation(line: 51, column: 7, scope: !461)
!464 = !DILocation(line: 51, column: 14, scope: !461)
!465 = !DILocation(line: 51, column: 21, scope: !461)
!466 = !{!467, !151, i64 0}
!467 = !{!"Alert", !151, i64 0, !151, i64 4, !201, i64 8, !164, i64 16}
!468 = !DILocation(line: 51, column: 47, scope: !461)
!469 = !DILocation(line: 51, column: 50, scope: !461)
!470 = !DILocation(line: 51, column: 34, scope: !461)
!471 = !DILocation(line: 51, column: 41, scope: !461)
!472 = !DILocation(line: 51, column: 45, scope: !461)
!473 = !{!467, !151, i64 4}
!474 = !DILocation(line: 51, column: 69, scope: !461)
!475 = !DILocation(line: 51, column: 55, scope: !461)
!476 = !DILocation(line: 51, column: 62, scope: !461)
!477 = !DILocation(line: 51, column: 67, scope: !461)
!478 = !{!467, !201, i64 8}
!479 = !DILocation(line: 51, column: 89, scope: !461)
!480 = !DILocation(line: 51, column: 96, scope: !461)
!481 = !DILocation(line: 51, column: 75, scope: !461)
!482 = !DILocation(line: 51, column: 82, scope: !461)
!483 = !DILocation(line: 51, column: 87, scope: !461)
!484 = !{!467, !164, i64 16}
!485 = !DILocation(line: 52, column: 23, scope: !461)
!486 = !DILocation(line: 52, column: 7, scope: !461)
!487 = !DILocation(line: 52, column: 14, scope: !461)
!488 = !DILocation(line: 52, column: 21, scope: !461)
!489 = !DILocation(line: 53, column: 5, scope: !461)
!490 = !DILocation(line: 54, column: 3, scope: !378)
!491 = !DILocation(line: 54, column: 3, scope: !377)
!492 = !DILocation(line: 53, column: 21, scope: !364)
!493 = !DILocation(line: 53, column: 3, scope: !364)
!494 = !DILocation(line: 53, column: 10, scope: !364)
!495 = !DILocation(line: 53, column: 19, scope: !364)
!496 = !DILocation(line: 54, column: 1, scope: !364)
!497 = !DISubprogram(name: "medi_rt_exit", linkageName: "medi.rt.exit", scope: !29, file: !29, line: 29, type: !362, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!498 = !DISubprogram(name: "medi_join", linkageName: "medi.join", scope: !29, file: !29, line: 16, type: !499, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!499 = !DISubroutineType(types: !500)
!500 = !{!42, !48}
!501 = distinct !DISubprogram(name: "print_summary", scope: !2, file: !2, line: 74, type: !502, scopeLine: 74, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !506)
!502 = !DISubroutineType(types: !503)
!503 = !{null, !504}
!504 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !505, size: 64)
!505 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !115)
!506 = !{!507, !508, !510, !513, !514, !518, !520, !523}
!507 = !DILocalVariable(name: "stats", arg: 1, scope: !501, file: !2, line: 74, type: !504)
!508 = !DILocalVariable(name: "kind", scope: !509, file: !2, line: 77, type: !46)
!509 = distinct !DILexicalBlock(scope: !501, file: !2, line: 77, column: 3)
!510 = !DILocalVariable(name: "s", scope: !511, file: !2, line: 78, type: !504)
!511 = distinct !DILexicalBlock(scope: !512, file: !2, line: 77, column: 46)
!512 = distinct !DILexicalBlock(scope: !509, file: !2, line: 77, column: 3)
!513 = !DILocalVariable(name: "alerts", scope: !511, file: !2, line: 79, type: !46)
!514 = !DILocalVariable(name: "a", scope: !515, file: !2, line: 80, type: !516)
!515 = distinct !DILexicalBlock(scope: !511, file: !2, line: 80, column: 5)
!516 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !517, size: 64)
!517 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !50)
!518 = !DILocalVariable(name: "shown", scope: !519, file: !2, line: 80, type: !46)
!519 = distinct !DILexicalBlock(scope: !511, file: !2, line: 80, column: 5)
!520 = !DILocalVariable(name: "a", scope: !521, file: !2, line: 81, type: !516)
!521 = distinct !DILexicalBlock(scope: !522, file: !2, line: 80, column: 50)
!522 = distinct !DILexicalBlock(scope: !519, file: !2, line: 80, column: 5)
!523 = !DILocalVariable(name: "skip", scope: !524, file: !2, line: 82, type: !46)
!524 = distinct !DILexicalBlock(scope: !521, file: !2, line: 82, column: 7)
!525 = !DILocation(line: 74, column: 40, scope: !501)
!526 = !DILocation(line: 76, column: 10, scope: !501)
!527 = !DILocation(line: 76, column: 19, scope: !501)
!528 = !DILocation(line: 76, column: 27, scope: !501)
!529 = !DILocation(line: 76, column: 36, scope: !501)
!530 = !DILocation(line: 76, column: 25, scope: !501)
!531 = !DILocation(line: 76, column: 44, scope: !501)
!532 = !DILocation(line: 76, column: 53, scope: !501)
!533 = !DILocation(line: 76, column: 42, scope: !501)
!534 = !DILocation(line: 75, column: 3, scope: !501)
!535 = !DILocation(line: 77, column: 8, scope: !509)
!536 = !DILocation(line: 77, column: 12, scope: !509)
!537 = !DILocation(line: 77, column: 22, scope: !512)
!538 = !DILocation(line: 77, column: 27, scope: !512)
!539 = !DILocation(line: 77, column: 3, scope: !509)
!540 = !DILocation(line: 77, column: 3, scope: !512)
!541 = !DILocation(line: 78, column: 5, scope: !511)
!542 = !DILocation(line: 78, column: 18, scope: !511)
!543 = !DILocation(line: 78, column: 23, scope: !511)
!544 = !DILocation(line: 78, column: 29, scope: !511)
!545 = !DILocation(line: 79, column: 5, scope: !511)
!546 = !DILocation(line: 79, column: 9, scope: !511)
!547 = !DILocation(line: 80, column: 10, scope: !515)
!548 = !DILocation(line: 80, column: 23, scope: !515)
!549 = !DILocation(line: 80, column: 27, scope: !515)
!550 = !DILocation(line: 80, column: 30, scope: !515)
!551 = !DILocation(line: 80, column: 38, scope: !552)
!552 = distinct !DILexicalBlock(scope: !515, file: !2, line: 80, column: 5)
!553 = !DILocation(line: 80, column: 5, scope: !515)
!554 = !DILocation(line: 80, column: 5, scope: !552)
!555 = !DILocation(line: 80, column: 54, scope: !552)
!556 = !DILocation(line: 80, column: 45, scope: !552)
!557 = !DILocation(line: 80, column: 48, scope: !552)
!558 = !DILocation(line: 80, column: 43, scope: !552)
!559 = distinct !{!559, !553, !560, !178, !179}
!560 = !DILocation(line: 80, column: 56, scope: !515)
!561 = !DILocation(line: 77, column: 85, scope: !511)
!562 = !DILocation(line: 77, column: 79, scope: !511)
!563 = !DILocation(line: 78, column: 12, scope: !511)
!564 = !DILocation(line: 78, column: 15, scope: !511)
!565 = !DILocation(line: 78, column: 22, scope: !511)
!566 = !DILocation(line: 78, column: 25, scope: !511)
!567 = !DILocation(line: 78, column: 30, scope: !511)
!568 = !DILocation(line: 78, column: 33, scope: !511)
!569 = !DILocation(line: 78, column: 39, scope: !511)
!570 = !DILocation(line: 78, column: 42, scope: !511)
!571 = !DILocation(line: 78, column: 37, scope: !511)
!572 = !DILocation(line: 78, column: 49, scope: !511)
!573 = !DILocation(line: 78, column: 52, scope: !511)
!574 = !DILocation(line: 78, column: 57, scope: !511)
!575 = !DILocation(line: 78, column: 65, scope: !511)
!576 = !DILocation(line: 78, column: 72, scope: !511)
!577 = !DILocation(line: 77, column: 5, scope: !511)
!578 = !DILocation(line: 80, column: 10, scope: !519)
!579 = !DILocation(line: 80, column: 14, scope: !519)
!580 = !DILocation(line: 80, column: 22, scope: !519)
!581 = !DILocation(line: 80, column: 30, scope: !522)
!582 = !DILocation(line: 80, column: 36, scope: !522)
!583 = !DILocation(line: 80, column: 5, scope: !519)
!584 = !DILocation(line: 80, column: 5, scope: !522)
!585 = !DILocation(line: 81, column: 7, scope: !521)
!586 = !DILocation(line: 81, column: 20, scope: !521)
!587 = !DILocation(line: 81, column: 24, scope: !521)
!588 = !DILocation(line: 81, column: 27, scope: !521)
!589 = !DILocation(line: 82, column: 12, scope: !524)
!590 = !DILocation(line: 82, column: 16, scope: !524)
!591 = !DILocation(line: 82, column: 26, scope: !592)
!592 = distinct !DILexicalBlock(scope: !524, file: !2, line: 82, column: 7)
!593 = !DILocation(line: 82, column: 33, scope: !592)
!594 = !DILocation(line: 82, column: 31, scope: !592)
!595 = !DILocation(line: 82, column: 7, scope: !524)
!596 = !DILocation(line: 82, column: 7, scope: !592)
!597 = !DILocation(line: 82, column: 52, scope: !592)
!598 = !DILocation(line: 82, column: 55, scope: !592)
!599 = !DILocation(line: 82, column: 50, scope: !592)
!600 = !DILocation(line: 82, column: 48, scope: !592)
!601 = !DILocation(line: 82, column: 40, scope: !592)
!602 = distinct !{!602, !595, !603, !178, !179}
!603 = !DILocation(line: 82, column: 55, scope: !524)
!604 = !DILocation(line: 80, column: 69, scope: !521)
!605 = !DILocation(line: 80, column: 63, scope: !521)
!606 = !DILocation(line: 80, column: 76, scope: !521)
!607 = !DILocation(line: 80, column: 79, scope: !521)
!608 = !DILocation(line: 80, column: 85, scope: !521)
!609 = !DILocation(line: 80, column: 88, scope: !521)
!610 = !DILocation(line: 80, column: 7, scope: !521)
!611 = !DILocation(line: 81, column: 5, scope: !522)
!612 = !DILocation(line: 81, column: 5, scope: !521)
!613 = !DILocation(line: 80, column: 41, scope: !522)
!614 = distinct !{!614, !583, !615, !178, !179}
!615 = !DILocation(line: 81, column: 5, scope: !519)
!616 = !DILocation(line: 82, column: 3, scope: !512)
!617 = !DILocation(line: 82, column: 3, scope: !511)
!618 = !DILocation(line: 77, column: 38, scope: !512)
!619 = distinct !{!619, !539, !620, !178, !179}
!620 = !DILocation(line: 82, column: 3, scope: !509)
!621 = !DILocation(line: 83, column: 1, scope: !501)
!622 = distinct !DISubprogram(name: "free_alerts", scope: !2, file: !2, line: 85, type: !623, scopeLine: 85, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !625)
!623 = !DISubroutineType(types: !624)
!624 = !{null, !49, !48}
!625 = !{!626, !627, !628}
!626 = !DILocalVariable(name: "list", arg: 1, scope: !622, file: !2, line: 85, type: !49)
!627 = !DILocalVariable(name: "alerts", arg: 2, scope: !622, file: !2, line: 85, type: !48)
!628 = !DILocalVariable(name: "next", scope: !629, file: !2, line: 86, type: !49)
!629 = distinct !DILexicalBlock(scope: !622, file: !2, line: 86, column: 16)
!630 = !DILocation(line: 85, column: 32, scope: !622)
!631 = !DILocation(line: 85, column: 44, scope: !622)
!632 = !DILocation(line: 86, column: 3, scope: !622)
!633 = !DILocation(line: 86, column: 10, scope: !622)
!634 = !DILocation(line: 86, column: 18, scope: !629)
!635 = !DILocation(line: 86, column: 25, scope: !629)
!636 = !DILocation(line: 86, column: 32, scope: !629)
!637 = !DILocation(line: 86, column: 38, scope: !629)
!638 = !DILocation(line: 86, column: 20, scope: !629)
!639 = !DILocation(line: 86, column: 28, scope: !629)
!640 = !DILocation(line: 86, column: 5, scope: !629)
!641 = !DILocation(line: 86, column: 42, scope: !629)
!642 = !DILocation(line: 86, column: 40, scope: !629)
!643 = !DILocation(line: 86, column: 48, scope: !622)
!644 = distinct !{!644, !632, !643, !178, !179}
!645 = !DILocation(line: 87, column: 1, scope: !622)
!646 = !DISubprogram(name: "medi_chan_receiver_drop", linkageName: "medi.chan.receiver.drop", scope: !29, file: !29, line: 26, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!647 = !DISubprogram(name: "medi_pool_destroy", linkageName: "medi.pool.destroy", scope: !29, file: !29, line: 36, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!648 = !DISubprogram(name: "medi_region_destroy", linkageName: "medi.region.destroy", scope: !29, file: !29, line: 32, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!649 = distinct !DISubprogram(name: "simulate", scope: !2, file: !2, line: 19, type: !650, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !652)
!650 = !DISubroutineType(types: !651)
!651 = !{!36, !42, !42}
!652 = !{!653, !654, !655}
!653 = !DILocalVariable(name: "kind", arg: 1, scope: !649, file: !2, line: 19, type: !42)
!654 = !DILocalVariable(name: "seq", arg: 2, scope: !649, file: !2, line: 19, type: !42)
!655 = !DILocalVariable(name: "wobble", scope: !649, file: !2, line: 20, type: !36)
!656 = !DILocation(line: 19, column: 32, scope: !649)
!657 = !DILocation(line: 19, column: 46, scope: !649)
!658 = !DILocation(line: 20, column: 3, scope: !649)
!659 = !DILocation(line: 20, column: 10, scope: !649)
!660 = !DILocation(line: 20, column: 29, scope: !649)
!661 = !DILocation(line: 20, column: 33, scope: !649)
!662 = !DILocation(line: 20, column: 38, scope: !649)
!663 = !DILocation(line: 20, column: 42, scope: !649)
!664 = !DILocation(line: 20, column: 19, scope: !649)
!665 = !DILocation(line: 21, column: 11, scope: !649)
!666 = !DILocation(line: 21, column: 3, scope: !649)
!667 = !DILocation(line: 22, column: 27, scope: !668)
!668 = distinct !DILexicalBlock(scope: !649, file: !2, line: 21, column: 17)
!669 = !DILocation(line: 22, column: 31, scope: !668)
!670 = !DILocation(line: 22, column: 38, scope: !668)
!671 = !DILocation(line: 22, column: 41, scope: !668)
!672 = !DILocation(line: 22, column: 45, scope: !668)
!673 = !DILocation(line: 22, column: 68, scope: !668)
!674 = !DILocation(line: 22, column: 66, scope: !668)
!675 = !DILocation(line: 22, column: 20, scope: !668)
!676 = !DILocation(line: 23, column: 21, scope: !668)
!677 = !DILocation(line: 23, column: 25, scope: !668)
!678 = !DILocation(line: 23, column: 32, scope: !668)
!679 = !DILocation(line: 23, column: 35, scope: !668)
!680 = !DILocation(line: 23, column: 39, scope: !668)
!681 = !DILocation(line: 23, column: 61, scope: !668)
!682 = !DILocation(line: 23, column: 68, scope: !668)
!683 = !DILocation(line: 23, column: 59, scope: !668)
!684 = !DILocation(line: 23, column: 14, scope: !668)
!685 = !DILocation(line: 24, column: 19, scope: !668)
!686 = !DILocation(line: 24, column: 23, scope: !668)
!687 = !DILocation(line: 24, column: 29, scope: !668)
!688 = !DILocation(line: 24, column: 32, scope: !668)
!689 = !DILocation(line: 24, column: 36, scope: !668)
!690 = !DILocation(line: 24, column: 59, scope: !668)
!691 = !DILocation(line: 24, column: 57, scope: !668)
!692 = !DILocation(line: 24, column: 12, scope: !668)
!693 = !DILocation(line: 26, column: 1, scope: !649)
!694 = !DISubprogram(name: "medi_chan_send", linkageName: "medi.chan.send", scope: !29, file: !29, line: 22, type: !695, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!695 = !DISubroutineType(types: !696)
!696 = !{!42, !48, !303}
!697 = distinct !DISubprogram(name: "breached", scope: !2, file: !2, line: 28, type: !698, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !700)
!698 = !DISubroutineType(types: !699)
!699 = !{!46, !42, !36}
!700 = !{!701, !702}
!701 = !DILocalVariable(name: "kind", arg: 1, scope: !697, file: !2, line: 28, type: !42)
!702 = !DILocalVariable(name: "mean", arg: 2, scope: !697, file: !2, line: 28, type: !36)
!703 = !DILocation(line: 28, column: 29, scope: !697)
!704 = !DILocation(line: 28, column: 42, scope: !697)
!705 = !DILocation(line: 29, column: 11, scope: !697)
!706 = !DILocation(line: 29, column: 3, scope: !697)
!707 = !DILocation(line: 30, column: 27, scope: !708)
!708 = distinct !DILexicalBlock(scope: !697, file: !2, line: 29, column: 17)
!709 = !DILocation(line: 30, column: 32, scope: !708)
!710 = !DILocation(line: 30, column: 20, scope: !708)
!711 = !DILocation(line: 31, column: 21, scope: !708)
!712 = !DILocation(line: 31, column: 26, scope: !708)
!713 = !DILocation(line: 31, column: 14, scope: !708)
!714 = !DILocation(line: 32, column: 19, scope: !708)
!715 = !DILocation(line: 32, column: 24, scope: !708)
!716 = !DILocation(line: 32, column: 12, scope: !708)
!717 = !DILocation(line: 34, column: 1, scope: !697)
!718 = !DISubprogram(name: "medi_pool_alloc", linkageName: "medi.pool.alloc", scope: !29, file: !29, line: 34, type: !294, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!719 = !DISubprogram(name: "printf", scope: !720, file: !720, line: 356, type: !721, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!720 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!721 = !DISubroutineType(types: !722)
!722 = !{!46, !723, null}
!723 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !88)
!724 = !DISubprogram(name: "medi_pool_free", linkageName: "medi.pool.free", scope: !29, file: !29, line: 35, type: !725, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!725 = !DISubroutineType(types: !726)
!726 = !{null, !48, !48}
!90000 = !{i32 1, !"medi.abi.version", i32 1}
