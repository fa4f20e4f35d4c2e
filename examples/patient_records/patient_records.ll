; patient_records.ll: the LLVM IR of patient_records.medi, as medic emits it (ABI version 1).
;
; Run it:   medi-run examples/patient_records/patient_records.ll
; Build it: medi-build examples/patient_records/patient_records.ll -o patient_records
;
; Produced by examples/standins/regenerate.sh from the C stand-in standins/patient_records.c.
; The Medi source it stands for:
;
;   // patient_records.medi: a ward's patient records in the GC zone. Records and their strings
;   // are collector objects linked by edges from the ward (a root); discharging patients unlinks
;   // them, and a collection frees them with everything only they referred to.
;   module patient_records
;
;   gc struct Patient { name: String, mrn: String, notes: List<String> }
;   gc struct Ward { patients: List<Patient> }
;
;   const ADMISSIONS = 120
;   const NOTES = 3
;
;   fn admit(ward: Ward, i: i32) -> Patient {
;     let patient = Patient {
;       name: "Patient {i}",
;       mrn: "MRN-{100000 + i * 7}",
;       notes: ["admitted", "vitals stable", "reviewed by Dr {i % 4 + 1}"],
;     }
;     ward.patients.push(patient)          // an edge from the ward: the write barrier
;     return patient
;   }
;
;   fn main() -> i32 {
;     let ward = Ward { patients: [] }     // a root for as long as main runs
;     for i in 0..ADMISSIONS { admit(ward, i) }
;     collect()
;     print("admitted {ADMISSIONS}: {live_objects()} live objects")
;     let first = ward.patients[0]
;     first.name = "Patient 0 (renamed)"   // the old name loses its only edge
;     for p in ward.patients where p.index % 2 == 1 { ward.patients.remove(p) }
;     print("discharged {ADMISSIONS / 2}: {live_objects()} live objects before collection")
;     collect()
;     print("after collection: {live_objects()} live objects")
;     print("first patient: {first.name}, {first.mrn}, {first.notes[2]}")
;     drop(ward)
;     collect()
;     print("ward closed: {live_objects()} live objects")
;     return 0
;   }

; ModuleID = 'patient_records.c'
source_filename = "patient_records.medi"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Patient = type { i64, i64, i64, i64, [3 x i64] }

@main.patients = internal global [120 x %struct.Patient] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [32 x i8] c"admitted %d: %llu live objects\0A\00", align 1, !dbg !28
@.str.1 = private unnamed_addr constant [20 x i8] c"Patient 0 (renamed)\00", align 1, !dbg !33
@.str.2 = private unnamed_addr constant [52 x i8] c"discharged %d: %llu live objects before collection\0A\00", align 1, !dbg !38
@.str.3 = private unnamed_addr constant [37 x i8] c"after collection: %llu live objects\0A\00", align 1, !dbg !43
@.str.4 = private unnamed_addr constant [27 x i8] c"first patient: %s, %s, %s\0A\00", align 1, !dbg !48
@.str.5 = private unnamed_addr constant [32 x i8] c"ward closed: %llu live objects\0A\00", align 1, !dbg !53
@constinit = private constant [3 x i64] zeroinitializer, align 8
@.str.6 = private unnamed_addr constant [11 x i8] c"Patient %d\00", align 1, !dbg !55
@.str.7 = private unnamed_addr constant [7 x i8] c"MRN-%d\00", align 1, !dbg !60
@.str.8 = private unnamed_addr constant [18 x i8] c"reviewed by Dr %d\00", align 1, !dbg !65
@.str.9 = private unnamed_addr constant [9 x i8] c"admitted\00", align 1, !dbg !70
@.str.10 = private unnamed_addr constant [14 x i8] c"vitals stable\00", align 1, !dbg !75

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !2 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr %2) #7, !dbg !111
    #dbg_declare(ptr %2, !81, !DIExpression(), !112)
  %6 = call i64 @medi_gc_alloc_unit(), !dbg !113
  store i64 %6, ptr %2, align 8, !dbg !112, !tbaa !114
  %7 = load i64, ptr %2, align 8, !dbg !118, !tbaa !114
  call void @medi_gc_add_root(i64 noundef %7), !dbg !119
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #7, !dbg !120
    #dbg_declare(ptr %3, !85, !DIExpression(), !121)
  store i32 0, ptr %3, align 4, !dbg !121, !tbaa !122
  br label %8, !dbg !120

8:                                                ; preds = %18, %0
  %9 = load i32, ptr %3, align 4, !dbg !124, !tbaa !122
  %10 = icmp slt i32 %9, 120, !dbg !126
  br i1 %10, label %12, label %11, !dbg !127

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #7, !dbg !128
  br label %21

12:                                               ; preds = %8
  %13 = load i64, ptr %2, align 8, !dbg !129, !tbaa !114
  %14 = load i32, ptr %3, align 4, !dbg !130, !tbaa !122
  %15 = sext i32 %14 to i64, !dbg !131
  %16 = getelementptr inbounds [120 x %struct.Patient], ptr @main.patients, i64 0, i64 %15, !dbg !131
  %17 = load i32, ptr %3, align 4, !dbg !132, !tbaa !122
  call void @admit(i64 noundef %13, ptr noundef %16, i32 noundef %17), !dbg !133
  br label %18, !dbg !133

18:                                               ; preds = %12
  %19 = load i32, ptr %3, align 4, !dbg !134, !tbaa !122
  %20 = add nsw i32 %19, 1, !dbg !134
  store i32 %20, ptr %3, align 4, !dbg !134, !tbaa !122
  br label %8, !dbg !128, !llvm.loop !135

21:                                               ; preds = %11
  call void @medi_gc_collect(), !dbg !139
  %22 = call i64 @medi_gc_live_objects(), !dbg !140
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 120, i64 noundef %22), !dbg !141
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #7, !dbg !142
    #dbg_declare(ptr %4, !87, !DIExpression(), !143)
  store ptr @main.patients, ptr %4, align 8, !dbg !143, !tbaa !144
  %24 = load ptr, ptr %4, align 8, !dbg !146, !tbaa !144
  %25 = getelementptr inbounds %struct.Patient, ptr %24, i32 0, i32 0, !dbg !147
  %26 = load i64, ptr %25, align 8, !dbg !147, !tbaa !148
  call void @medi_gc_add_root(i64 noundef %26), !dbg !150
  %27 = load ptr, ptr %4, align 8, !dbg !151, !tbaa !144
  %28 = getelementptr inbounds %struct.Patient, ptr %27, i32 0, i32 0, !dbg !152
  %29 = load i64, ptr %28, align 8, !dbg !152, !tbaa !148
  %30 = load ptr, ptr %4, align 8, !dbg !153, !tbaa !144
  %31 = getelementptr inbounds %struct.Patient, ptr %30, i32 0, i32 1, !dbg !154
  %32 = call i64 @string_of(ptr noundef @.str.1), !dbg !155
  call void @store_field(i64 noundef %29, ptr noundef %31, i64 noundef %32), !dbg !150
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #7, !dbg !156
    #dbg_declare(ptr %5, !100, !DIExpression(), !157)
  store i32 1, ptr %5, align 4, !dbg !157, !tbaa !122
  br label %33, !dbg !156

33:                                               ; preds = %44, %21
  %34 = load i32, ptr %5, align 4, !dbg !158, !tbaa !122
  %35 = icmp slt i32 %34, 120, !dbg !160
  br i1 %35, label %37, label %36, !dbg !161

36:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #7, !dbg !162
  br label %47

37:                                               ; preds = %33
  %38 = load i64, ptr %2, align 8, !dbg !163, !tbaa !114
  %39 = load i32, ptr %5, align 4, !dbg !164, !tbaa !122
  %40 = sext i32 %39 to i64, !dbg !165
  %41 = getelementptr inbounds [120 x %struct.Patient], ptr @main.patients, i64 0, i64 %40, !dbg !165
  %42 = getelementptr inbounds %struct.Patient, ptr %41, i32 0, i32 0, !dbg !166
  %43 = load i64, ptr %42, align 8, !dbg !166, !tbaa !148
  call void @medi_gc_remove_edge(i64 noundef %38, i64 noundef %43), !dbg !167
  br label %44, !dbg !167

44:                                               ; preds = %37
  %45 = load i32, ptr %5, align 4, !dbg !168, !tbaa !122
  %46 = add nsw i32 %45, 2, !dbg !168
  store i32 %46, ptr %5, align 4, !dbg !168, !tbaa !122
  br label %33, !dbg !162, !llvm.loop !169

47:                                               ; preds = %36
  %48 = call i64 @medi_gc_live_objects(), !dbg !171
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef 60, i64 noundef %48), !dbg !172
  call void @medi_gc_collect(), !dbg !173
  %50 = call i64 @medi_gc_live_objects(), !dbg !174
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %50), !dbg !175
  %52 = load ptr, ptr %4, align 8, !dbg !176, !tbaa !144
  %53 = getelementptr inbounds %struct.Patient, ptr %52, i32 0, i32 1, !dbg !177
  %54 = load i64, ptr %53, align 8, !dbg !177, !tbaa !178
  %55 = call ptr @text_of(i64 noundef %54), !dbg !179
  %56 = load ptr, ptr %4, align 8, !dbg !180, !tbaa !144
  %57 = getelementptr inbounds %struct.Patient, ptr %56, i32 0, i32 2, !dbg !181
  %58 = load i64, ptr %57, align 8, !dbg !181, !tbaa !182
  %59 = call ptr @text_of(i64 noundef %58), !dbg !183
  %60 = load ptr, ptr %4, align 8, !dbg !184, !tbaa !144
  %61 = getelementptr inbounds %struct.Patient, ptr %60, i32 0, i32 4, !dbg !185
  %62 = getelementptr inbounds [3 x i64], ptr %61, i64 0, i64 2, !dbg !184
  %63 = load i64, ptr %62, align 8, !dbg !184, !tbaa !114
  %64 = call ptr @text_of(i64 noundef %63), !dbg !186
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %55, ptr noundef %59, ptr noundef %64), !dbg !187
  %66 = load i64, ptr %2, align 8, !dbg !188, !tbaa !114
  call void @medi_gc_remove_root(i64 noundef %66), !dbg !189
  call void @medi_gc_collect(), !dbg !190
  %67 = call i64 @medi_gc_live_objects(), !dbg !191
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %67), !dbg !192
  %69 = load ptr, ptr %4, align 8, !dbg !193, !tbaa !144
  %70 = getelementptr inbounds %struct.Patient, ptr %69, i32 0, i32 0, !dbg !194
  %71 = load i64, ptr %70, align 8, !dbg !194, !tbaa !148
  call void @medi_gc_remove_root(i64 noundef %71), !dbg !195
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #7, !dbg !196
  call void @llvm.lifetime.end.p0(i64 8, ptr %2) #7, !dbg !196
  ret i32 0, !dbg !197
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare !dbg !198 i64 @medi_gc_alloc_unit() #2

declare !dbg !201 void @medi_gc_add_root(i64 noundef) #2

; Function Attrs: nounwind uwtable
define internal void @admit(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !204 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [48 x i8], align 16
  %8 = alloca %struct.Patient, align 8
  %9 = alloca [3 x ptr], align 16
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !114
    #dbg_declare(ptr %4, !208, !DIExpression(), !221)
  store ptr %1, ptr %5, align 8, !tbaa !144
    #dbg_declare(ptr %5, !209, !DIExpression(), !222)
  store i32 %2, ptr %6, align 4, !tbaa !122
    #dbg_declare(ptr %6, !210, !DIExpression(), !223)
  call void @llvm.lifetime.start.p0(i64 48, ptr %7) #7, !dbg !224
    #dbg_declare(ptr %7, !211, !DIExpression(), !225)
  call void @llvm.lifetime.start.p0(i64 56, ptr %8) #7, !dbg !226
    #dbg_declare(ptr %8, !215, !DIExpression(), !227)
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 56, i1 false), !dbg !227
  %12 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 0, !dbg !228
  %13 = call i64 @medi_gc_alloc_unit(), !dbg !229
  store i64 %13, ptr %12, align 8, !dbg !228, !tbaa !148
  %14 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 1, !dbg !228
  %15 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 2, !dbg !228
  %16 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 3, !dbg !228
  %17 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 4, !dbg !228
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 @constinit, i64 24, i1 false), !dbg !230, !tbaa.struct !231
  %18 = getelementptr inbounds [48 x i8], ptr %7, i64 0, i64 0, !dbg !233
  %19 = load i32, ptr %6, align 4, !dbg !234, !tbaa !122
  %20 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %18, i64 noundef 48, ptr noundef @.str.6, i32 noundef %19) #7, !dbg !235
  %21 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 0, !dbg !236
  %22 = load i64, ptr %21, align 8, !dbg !236, !tbaa !148
  %23 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 1, !dbg !237
  %24 = getelementptr inbounds [48 x i8], ptr %7, i64 0, i64 0, !dbg !238
  %25 = call i64 @string_of(ptr noundef %24), !dbg !239
  call void @store_field(i64 noundef %22, ptr noundef %23, i64 noundef %25), !dbg !226
  %26 = getelementptr inbounds [48 x i8], ptr %7, i64 0, i64 0, !dbg !233
  %27 = load i32, ptr %6, align 4, !dbg !240, !tbaa !122
  %28 = mul nsw i32 %27, 7, !dbg !241
  %29 = add nsw i32 100000, %28, !dbg !242
  %30 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %26, i64 noundef 48, ptr noundef @.str.7, i32 noundef %29) #7, !dbg !235
  %31 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 0, !dbg !243
  %32 = load i64, ptr %31, align 8, !dbg !243, !tbaa !148
  %33 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 2, !dbg !244
  %34 = getelementptr inbounds [48 x i8], ptr %7, i64 0, i64 0, !dbg !245
  %35 = call i64 @string_of(ptr noundef %34), !dbg !246
  call void @store_field(i64 noundef %32, ptr noundef %33, i64 noundef %35), !dbg !235
  %36 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 0, !dbg !247
  %37 = load i64, ptr %36, align 8, !dbg !247, !tbaa !148
  %38 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 3, !dbg !248
  %39 = call i64 @medi_gc_alloc_unit(), !dbg !249
  call void @store_field(i64 noundef %37, ptr noundef %38, i64 noundef %39), !dbg !250
  %40 = getelementptr inbounds [48 x i8], ptr %7, i64 0, i64 0, !dbg !251
  %41 = load i32, ptr %6, align 4, !dbg !252, !tbaa !122
  %42 = srem i32 %41, 4, !dbg !253
  %43 = add nsw i32 %42, 1, !dbg !254
  %44 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %40, i64 noundef 48, ptr noundef @.str.8, i32 noundef %43) #7, !dbg !255
  call void @llvm.lifetime.start.p0(i64 24, ptr %9) #7, !dbg !256
    #dbg_declare(ptr %9, !216, !DIExpression(), !257)
  store ptr @.str.9, ptr %9, align 8, !dbg !258, !tbaa !144
  %45 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !258
  store ptr @.str.10, ptr %45, align 8, !dbg !258, !tbaa !144
  %46 = getelementptr inbounds ptr, ptr %9, i64 2, !dbg !258
  %47 = getelementptr inbounds [48 x i8], ptr %7, i64 0, i64 0, !dbg !259
  store ptr %47, ptr %46, align 8, !dbg !258, !tbaa !144
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #7, !dbg !260
    #dbg_declare(ptr %10, !218, !DIExpression(), !261)
  store i32 0, ptr %10, align 4, !dbg !261, !tbaa !122
  br label %48, !dbg !260

48:                                               ; preds = %64, %3
  %49 = load i32, ptr %10, align 4, !dbg !262, !tbaa !122
  %50 = icmp slt i32 %49, 3, !dbg !264
  br i1 %50, label %52, label %51, !dbg !265

51:                                               ; preds = %48
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #7, !dbg !266
  br label %67

52:                                               ; preds = %48
  %53 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 3, !dbg !267
  %54 = load i64, ptr %53, align 8, !dbg !267, !tbaa !268
  %55 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 4, !dbg !269
  %56 = load i32, ptr %10, align 4, !dbg !270, !tbaa !122
  %57 = sext i32 %56 to i64, !dbg !271
  %58 = getelementptr inbounds [3 x i64], ptr %55, i64 0, i64 %57, !dbg !271
  %59 = load i32, ptr %10, align 4, !dbg !272, !tbaa !122
  %60 = sext i32 %59 to i64, !dbg !273
  %61 = getelementptr inbounds [3 x ptr], ptr %9, i64 0, i64 %60, !dbg !273
  %62 = load ptr, ptr %61, align 8, !dbg !273, !tbaa !144
  %63 = call i64 @string_of(ptr noundef %62), !dbg !274
  call void @store_field(i64 noundef %54, ptr noundef %58, i64 noundef %63), !dbg !275
  br label %64, !dbg !275

64:                                               ; preds = %52
  %65 = load i32, ptr %10, align 4, !dbg !276, !tbaa !122
  %66 = add nsw i32 %65, 1, !dbg !276
  store i32 %66, ptr %10, align 4, !dbg !276, !tbaa !122
  br label %48, !dbg !266, !llvm.loop !277

67:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #7, !dbg !256
    #dbg_declare(ptr %11, !220, !DIExpression(), !279)
  store i64 0, ptr %11, align 8, !dbg !279, !tbaa !114
  %68 = load i64, ptr %4, align 8, !dbg !280, !tbaa !114
  %69 = getelementptr inbounds %struct.Patient, ptr %8, i32 0, i32 0, !dbg !281
  %70 = load i64, ptr %69, align 8, !dbg !281, !tbaa !148
  call void @store_field(i64 noundef %68, ptr noundef %11, i64 noundef %70), !dbg !282
  %71 = load ptr, ptr %5, align 8, !dbg !283, !tbaa !144
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %71, ptr align 8 %8, i64 56, i1 false), !dbg !284, !tbaa.struct !285
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #7, !dbg !286
  call void @llvm.lifetime.end.p0(i64 24, ptr %9) #7, !dbg !286
  call void @llvm.lifetime.end.p0(i64 56, ptr %8) #7, !dbg !286
  call void @llvm.lifetime.end.p0(i64 48, ptr %7) #7, !dbg !286
  ret void, !dbg !286
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !287 void @medi_gc_collect() #2

declare !dbg !290 i32 @printf(ptr noundef, ...) #2

declare !dbg !295 i64 @medi_gc_live_objects() #2

; Function Attrs: nounwind uwtable
define internal void @store_field(i64 noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !296 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !114
    #dbg_declare(ptr %4, !301, !DIExpression(), !304)
  store ptr %1, ptr %5, align 8, !tbaa !144
    #dbg_declare(ptr %5, !302, !DIExpression(), !305)
  store i64 %2, ptr %6, align 8, !tbaa !114
    #dbg_declare(ptr %6, !303, !DIExpression(), !306)
  %7 = load i64, ptr %4, align 8, !dbg !307, !tbaa !114
  %8 = load i64, ptr %6, align 8, !dbg !308, !tbaa !114
  call void @medi_gc_write_barrier(i64 noundef %7, i64 noundef %8), !dbg !309
  %9 = load i64, ptr %4, align 8, !dbg !310, !tbaa !114
  %10 = load i64, ptr %6, align 8, !dbg !311, !tbaa !114
  call void @medi_gc_add_edge(i64 noundef %9, i64 noundef %10), !dbg !312
  %11 = load ptr, ptr %5, align 8, !dbg !313, !tbaa !144
  %12 = load i64, ptr %11, align 8, !dbg !315, !tbaa !114
  %13 = icmp ne i64 %12, 0, !dbg !315
  br i1 %13, label %14, label %18, !dbg !316

14:                                               ; preds = %3
  %15 = load i64, ptr %4, align 8, !dbg !317, !tbaa !114
  %16 = load ptr, ptr %5, align 8, !dbg !318, !tbaa !144
  %17 = load i64, ptr %16, align 8, !dbg !319, !tbaa !114
  call void @medi_gc_remove_edge(i64 noundef %15, i64 noundef %17), !dbg !320
  br label %18, !dbg !320

18:                                               ; preds = %14, %3
  %19 = load i64, ptr %6, align 8, !dbg !321, !tbaa !114
  %20 = load ptr, ptr %5, align 8, !dbg !322, !tbaa !144
  store i64 %19, ptr %20, align 8, !dbg !323, !tbaa !114
  ret void, !dbg !324
}

; Function Attrs: nounwind uwtable
define internal i64 @string_of(ptr noundef %0) #0 !dbg !325 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !144
    #dbg_declare(ptr %2, !329, !DIExpression(), !330)
  %3 = load ptr, ptr %2, align 8, !dbg !331, !tbaa !144
  %4 = load ptr, ptr %2, align 8, !dbg !332, !tbaa !144
  %5 = call i64 @strlen(ptr noundef %4) #8, !dbg !333
  %6 = call i64 @medi_gc_alloc_string(ptr noundef %3, i64 noundef %5), !dbg !334
  ret i64 %6, !dbg !335
}

declare !dbg !336 void @medi_gc_remove_edge(i64 noundef, i64 noundef) #2

; Function Attrs: nounwind uwtable
define internal ptr @text_of(i64 noundef %0) #0 !dbg !339 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !114
    #dbg_declare(ptr %2, !343, !DIExpression(), !344)
  %3 = load i64, ptr %2, align 8, !dbg !345, !tbaa !114
  %4 = call ptr @medi_gc_string_bytes(i64 noundef %3), !dbg !346
  ret ptr %4, !dbg !347
}

declare !dbg !348 void @medi_gc_remove_root(i64 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nounwind
declare !dbg !349 i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #5

declare !dbg !356 void @medi_gc_write_barrier(i64 noundef, i64 noundef) #2

declare !dbg !357 void @medi_gc_add_edge(i64 noundef, i64 noundef) #2

declare !dbg !358 i64 @medi_gc_alloc_string(ptr noundef, i64 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !361 i64 @strlen(ptr noundef) #6

declare !dbg !365 ptr @medi_gc_string_bytes(i64 noundef) #2

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!105, !106, !107, !108, !109, !110, !90000}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "patients", scope: !2, file: !3, line: 23, type: !102, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 22, type: !4, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !80)
!3 = !DIFile(filename: "patient_records.medi", directory: "/src/patient_records")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !8, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !9, retainedTypes: !15, globals: !27, splitDebugInlining: false, nameTableKind: None)
!8 = !DIFile(filename: "patient_records.medi", directory: "/src/patient_records")
!9 = !{!10}
!10 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !8, line: 21, baseType: !11, size: 32, elements: !12)
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !{!13, !14}
!13 = !DIEnumerator(name: "ADMISSIONS", value: 120)
!14 = !DIEnumerator(name: "NOTES", value: 3)
!15 = !{!16, !17, !24}
!16 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !20, line: 24, baseType: !21)
!20 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !22, line: 38, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "")
!23 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!26 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!27 = !{!0, !28, !33, !38, !43, !48, !53, !55, !60, !65, !70, !75}
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(scope: null, file: !3, line: 26, type: !30, isLocal: true, isDefinition: true)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 256, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 32)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(scope: null, file: !3, line: 28, type: !35, isLocal: true, isDefinition: true)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 160, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 20)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(scope: null, file: !3, line: 30, type: !40, isLocal: true, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 416, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 52)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(scope: null, file: !3, line: 32, type: !45, isLocal: true, isDefinition: true)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 296, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 37)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(scope: null, file: !3, line: 33, type: !50, isLocal: true, isDefinition: true)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 216, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 27)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(scope: null, file: !3, line: 36, type: !30, isLocal: true, isDefinition: true)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(scope: null, file: !3, line: 15, type: !57, isLocal: true, isDefinition: true)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 88, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 11)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(scope: null, file: !3, line: 15, type: !62, isLocal: true, isDefinition: true)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 56, elements: !63)
!63 = !{!64}
!64 = !DISubrange(count: 7)
!65 = !DIGlobalVariableExpression(var: !66, expr: !DIExpression())
!66 = distinct !DIGlobalVariable(scope: null, file: !3, line: 17, type: !67, isLocal: true, isDefinition: true)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 144, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 18)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !72, isLocal: true, isDefinition: true)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 72, elements: !73)
!73 = !{!74}
!74 = !DISubrange(count: 9)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !77, isLocal: true, isDefinition: true)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 112, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 14)
!80 = !{!81, !85, !87, !100}
!81 = !DILocalVariable(name: "ward", scope: !2, file: !3, line: 23, type: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !20, line: 27, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !22, line: 45, baseType: !84)
!84 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!85 = !DILocalVariable(name: "i", scope: !86, file: !3, line: 24, type: !6)
!86 = distinct !DILexicalBlock(scope: !2, file: !3, line: 24, column: 3)
!87 = !DILocalVariable(name: "first", scope: !2, file: !3, line: 27, type: !88)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "Patient", file: !8, line: 26, baseType: !90)
!90 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Patient", file: !8, line: 24, size: 448, elements: !91)
!91 = !{!92, !93, !94, !95, !96}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "self", scope: !90, file: !8, line: 25, baseType: !82, size: 64)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !90, file: !8, line: 25, baseType: !82, size: 64, offset: 64)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "mrn", scope: !90, file: !8, line: 25, baseType: !82, size: 64, offset: 128)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "notes", scope: !90, file: !8, line: 25, baseType: !82, size: 64, offset: 192)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "note", scope: !90, file: !8, line: 25, baseType: !97, size: 192, offset: 256)
!97 = !DICompositeType(tag: DW_TAG_array_type, baseType: !82, size: 192, elements: !98)
!98 = !{!99}
!99 = !DISubrange(count: 3)
!100 = !DILocalVariable(name: "i", scope: !101, file: !3, line: 29, type: !6)
!101 = distinct !DILexicalBlock(scope: !2, file: !3, line: 29, column: 3)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !89, size: 53760, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 120)
!105 = !{i32 7, !"Dwarf Version", i32 5}
!106 = !{i32 2, !"Debug Info Version", i32 3}
!107 = !{i32 1, !"wchar_size", i32 4}
!108 = !{i32 8, !"PIC Level", i32 2}
!109 = !{i32 7, !"PIE Level", i32 2}
!110 = !{i32 7, !"uwtable", i32 2}
!111 = !DILocation(line: 23, column: 3, scope: !2)
!112 = !DILocation(line: 23, column: 12, scope: !2)
!113 = !DILocation(line: 23, column: 19, scope: !2)
!114 = !{!115, !115, i64 0}
!115 = !{!"long", !116, i64 0}
!116 = !{!"omnipotent char", !117, i64 0}
!117 = !{!"Simple C/C++ TBAA"}
!118 = !DILocation(line: 24, column: 20, scope: !2)
!119 = !DILocation(line: 24, column: 3, scope: !2)
!120 = !DILocation(line: 24, column: 8, scope: !86)
!121 = !DILocation(line: 24, column: 12, scope: !86)
!122 = !{!123, !123, i64 0}
!123 = !{!"int", !116, i64 0}
!124 = !DILocation(line: 24, column: 19, scope: !125)
!125 = distinct !DILexicalBlock(scope: !86, file: !3, line: 24, column: 3)
!126 = !DILocation(line: 24, column: 21, scope: !125)
!127 = !DILocation(line: 24, column: 3, scope: !86)
!128 = !DILocation(line: 24, column: 3, scope: !125)
!129 = !DILocation(line: 24, column: 46, scope: !125)
!130 = !DILocation(line: 24, column: 62, scope: !125)
!131 = !DILocation(line: 24, column: 53, scope: !125)
!132 = !DILocation(line: 24, column: 66, scope: !125)
!133 = !DILocation(line: 24, column: 40, scope: !125)
!134 = !DILocation(line: 24, column: 35, scope: !125)
!135 = distinct !{!135, !127, !136, !137, !138}
!136 = !DILocation(line: 24, column: 67, scope: !86)
!137 = !{!"llvm.loop.mustprogress"}
!138 = !{!"llvm.loop.unroll.disable"}
!139 = !DILocation(line: 25, column: 3, scope: !2)
!140 = !DILocation(line: 26, column: 78, scope: !2)
!141 = !DILocation(line: 26, column: 3, scope: !2)
!142 = !DILocation(line: 27, column: 3, scope: !2)
!143 = !DILocation(line: 27, column: 12, scope: !2)
!144 = !{!145, !145, i64 0}
!145 = !{!"any pointer", !116, i64 0}
!146 = !DILocation(line: 28, column: 20, scope: !2)
!147 = !DILocation(line: 28, column: 27, scope: !2)
!148 = !{!149, !115, i64 0}
!149 = !{!"Patient", !115, i64 0, !115, i64 8, !115, i64 16, !115, i64 24, !116, i64 32}
!150 = !DILocation(line: 28, column: 3, scope: !2)
!151 = !DILocation(line: 28, column: 15, scope: !2)
!152 = !DILocation(line: 28, column: 22, scope: !2)
!153 = !DILocation(line: 28, column: 29, scope: !2)
!154 = !DILocation(line: 28, column: 36, scope: !2)
!155 = !DILocation(line: 28, column: 42, scope: !2)
!156 = !DILocation(line: 29, column: 8, scope: !101)
!157 = !DILocation(line: 29, column: 12, scope: !101)
!158 = !DILocation(line: 29, column: 19, scope: !159)
!159 = distinct !DILexicalBlock(scope: !101, file: !3, line: 29, column: 3)
!160 = !DILocation(line: 29, column: 21, scope: !159)
!161 = !DILocation(line: 29, column: 3, scope: !101)
!162 = !DILocation(line: 29, column: 3, scope: !159)
!163 = !DILocation(line: 29, column: 63, scope: !159)
!164 = !DILocation(line: 29, column: 78, scope: !159)
!165 = !DILocation(line: 29, column: 69, scope: !159)
!166 = !DILocation(line: 29, column: 81, scope: !159)
!167 = !DILocation(line: 29, column: 43, scope: !159)
!168 = !DILocation(line: 29, column: 37, scope: !159)
!169 = distinct !{!169, !161, !170, !137, !138}
!170 = !DILocation(line: 29, column: 85, scope: !101)
!171 = !DILocation(line: 31, column: 30, scope: !2)
!172 = !DILocation(line: 30, column: 3, scope: !2)
!173 = !DILocation(line: 31, column: 3, scope: !2)
!174 = !DILocation(line: 32, column: 71, scope: !2)
!175 = !DILocation(line: 32, column: 3, scope: !2)
!176 = !DILocation(line: 33, column: 49, scope: !2)
!177 = !DILocation(line: 33, column: 56, scope: !2)
!178 = !{!149, !115, i64 8}
!179 = !DILocation(line: 33, column: 41, scope: !2)
!180 = !DILocation(line: 33, column: 71, scope: !2)
!181 = !DILocation(line: 33, column: 78, scope: !2)
!182 = !{!149, !115, i64 16}
!183 = !DILocation(line: 33, column: 63, scope: !2)
!184 = !DILocation(line: 34, column: 18, scope: !2)
!185 = !DILocation(line: 34, column: 25, scope: !2)
!186 = !DILocation(line: 34, column: 10, scope: !2)
!187 = !DILocation(line: 33, column: 3, scope: !2)
!188 = !DILocation(line: 34, column: 23, scope: !2)
!189 = !DILocation(line: 34, column: 3, scope: !2)
!190 = !DILocation(line: 35, column: 3, scope: !2)
!191 = !DILocation(line: 36, column: 66, scope: !2)
!192 = !DILocation(line: 36, column: 3, scope: !2)
!193 = !DILocation(line: 37, column: 23, scope: !2)
!194 = !DILocation(line: 37, column: 30, scope: !2)
!195 = !DILocation(line: 37, column: 3, scope: !2)
!196 = !DILocation(line: 39, column: 1, scope: !2)
!197 = !DILocation(line: 38, column: 3, scope: !2)
!198 = !DISubprogram(name: "medi_gc_alloc_unit", scope: !8, file: !8, line: 11, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DISubroutineType(types: !200)
!200 = !{!82}
!201 = !DISubprogram(name: "medi_gc_add_root", scope: !8, file: !8, line: 12, type: !202, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!202 = !DISubroutineType(types: !203)
!203 = !{null, !82}
!204 = distinct !DISubprogram(name: "admit", scope: !3, file: !3, line: 12, type: !205, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !207)
!205 = !DISubroutineType(types: !206)
!206 = !{null, !82, !88, !6}
!207 = !{!208, !209, !210, !211, !215, !216, !218, !220}
!208 = !DILocalVariable(name: "ward", arg: 1, scope: !204, file: !3, line: 12, type: !82)
!209 = !DILocalVariable(name: "patient", arg: 2, scope: !204, file: !3, line: 12, type: !88)
!210 = !DILocalVariable(name: "i", arg: 3, scope: !204, file: !3, line: 12, type: !6)
!211 = !DILocalVariable(name: "text", scope: !204, file: !3, line: 13, type: !212)
!212 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 384, elements: !213)
!213 = !{!214}
!214 = !DISubrange(count: 48)
!215 = !DILocalVariable(name: "p", scope: !204, file: !3, line: 14, type: !89)
!216 = !DILocalVariable(name: "notes", scope: !204, file: !3, line: 18, type: !217)
!217 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 192, elements: !98)
!218 = !DILocalVariable(name: "n", scope: !219, file: !3, line: 19, type: !6)
!219 = distinct !DILexicalBlock(scope: !204, file: !3, line: 19, column: 3)
!220 = !DILocalVariable(name: "slot", scope: !204, file: !3, line: 18, type: !82)
!221 = !DILocation(line: 12, column: 28, scope: !204)
!222 = !DILocation(line: 12, column: 43, scope: !204)
!223 = !DILocation(line: 12, column: 56, scope: !204)
!224 = !DILocation(line: 13, column: 3, scope: !204)
!225 = !DILocation(line: 13, column: 8, scope: !204)
!226 = !DILocation(line: 14, column: 3, scope: !204)
!227 = !DILocation(line: 14, column: 11, scope: !204)
!228 = !DILocation(line: 14, column: 15, scope: !204)
!229 = !DILocation(line: 14, column: 16, scope: !204)
!230 = !DILocation(line: 14, column: 47, scope: !204)
!231 = !{i64 0, i64 24, !232}
!232 = !{!116, !116, i64 0}
!233 = !DILocation(line: 15, column: 12, scope: !204)
!234 = !DILocation(line: 15, column: 45, scope: !204)
!235 = !DILocation(line: 15, column: 3, scope: !204)
!236 = !DILocation(line: 14, column: 17, scope: !204)
!237 = !DILocation(line: 14, column: 26, scope: !204)
!238 = !DILocation(line: 14, column: 42, scope: !204)
!239 = !DILocation(line: 14, column: 32, scope: !204)
!240 = !DILocation(line: 15, column: 50, scope: !204)
!241 = !DILocation(line: 15, column: 52, scope: !204)
!242 = !DILocation(line: 15, column: 48, scope: !204)
!243 = !DILocation(line: 15, column: 17, scope: !204)
!244 = !DILocation(line: 15, column: 26, scope: !204)
!245 = !DILocation(line: 15, column: 41, scope: !204)
!246 = !DILocation(line: 15, column: 31, scope: !204)
!247 = !DILocation(line: 16, column: 17, scope: !204)
!248 = !DILocation(line: 16, column: 26, scope: !204)
!249 = !DILocation(line: 16, column: 33, scope: !204)
!250 = !DILocation(line: 16, column: 3, scope: !204)
!251 = !DILocation(line: 17, column: 12, scope: !204)
!252 = !DILocation(line: 17, column: 52, scope: !204)
!253 = !DILocation(line: 17, column: 54, scope: !204)
!254 = !DILocation(line: 17, column: 58, scope: !204)
!255 = !DILocation(line: 17, column: 3, scope: !204)
!256 = !DILocation(line: 18, column: 3, scope: !204)
!257 = !DILocation(line: 18, column: 15, scope: !204)
!258 = !DILocation(line: 18, column: 30, scope: !204)
!259 = !DILocation(line: 18, column: 60, scope: !204)
!260 = !DILocation(line: 19, column: 8, scope: !219)
!261 = !DILocation(line: 19, column: 12, scope: !219)
!262 = !DILocation(line: 19, column: 19, scope: !263)
!263 = distinct !DILexicalBlock(scope: !219, file: !3, line: 19, column: 3)
!264 = !DILocation(line: 19, column: 21, scope: !263)
!265 = !DILocation(line: 19, column: 3, scope: !219)
!266 = !DILocation(line: 19, column: 3, scope: !263)
!267 = !DILocation(line: 20, column: 19, scope: !263)
!268 = !{!149, !115, i64 24}
!269 = !DILocation(line: 20, column: 29, scope: !263)
!270 = !DILocation(line: 20, column: 34, scope: !263)
!271 = !DILocation(line: 20, column: 27, scope: !263)
!272 = !DILocation(line: 20, column: 54, scope: !263)
!273 = !DILocation(line: 20, column: 48, scope: !263)
!274 = !DILocation(line: 20, column: 38, scope: !263)
!275 = !DILocation(line: 20, column: 5, scope: !263)
!276 = !DILocation(line: 19, column: 30, scope: !263)
!277 = distinct !{!277, !265, !278, !137, !138}
!278 = !DILocation(line: 20, column: 57, scope: !219)
!279 = !DILocation(line: 18, column: 12, scope: !204)
!280 = !DILocation(line: 19, column: 15, scope: !204)
!281 = !DILocation(line: 19, column: 30, scope: !204)
!282 = !DILocation(line: 19, column: 3, scope: !204)
!283 = !DILocation(line: 20, column: 4, scope: !204)
!284 = !DILocation(line: 20, column: 14, scope: !204)
!285 = !{i64 0, i64 8, !114, i64 8, i64 8, !114, i64 16, i64 8, !114, i64 24, i64 8, !114, i64 32, i64 24, !232}
!286 = !DILocation(line: 21, column: 1, scope: !204)
!287 = !DISubprogram(name: "medi_gc_collect", scope: !8, file: !8, line: 17, type: !288, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DISubroutineType(types: !289)
!289 = !{null}
!290 = !DISubprogram(name: "printf", scope: !291, file: !291, line: 356, type: !292, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!291 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!292 = !DISubroutineType(types: !293)
!293 = !{!6, !294, null}
!294 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !24)
!295 = !DISubprogram(name: "medi_gc_live_objects", scope: !8, file: !8, line: 19, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!296 = distinct !DISubprogram(name: "store_field", scope: !8, file: !8, line: 33, type: !297, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !300)
!297 = !DISubroutineType(types: !298)
!298 = !{null, !82, !299, !82}
!299 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64)
!300 = !{!301, !302, !303}
!301 = !DILocalVariable(name: "parent", arg: 1, scope: !296, file: !8, line: 33, type: !82)
!302 = !DILocalVariable(name: "field", arg: 2, scope: !296, file: !8, line: 33, type: !299)
!303 = !DILocalVariable(name: "child", arg: 3, scope: !296, file: !8, line: 33, type: !82)
!304 = !DILocation(line: 33, column: 34, scope: !296)
!305 = !DILocation(line: 33, column: 52, scope: !296)
!306 = !DILocation(line: 33, column: 68, scope: !296)
!307 = !DILocation(line: 34, column: 25, scope: !296)
!308 = !DILocation(line: 34, column: 33, scope: !296)
!309 = !DILocation(line: 34, column: 3, scope: !296)
!310 = !DILocation(line: 35, column: 20, scope: !296)
!311 = !DILocation(line: 35, column: 28, scope: !296)
!312 = !DILocation(line: 35, column: 3, scope: !296)
!313 = !DILocation(line: 36, column: 8, scope: !314)
!314 = distinct !DILexicalBlock(scope: !296, file: !8, line: 36, column: 7)
!315 = !DILocation(line: 36, column: 7, scope: !314)
!316 = !DILocation(line: 36, column: 7, scope: !296)
!317 = !DILocation(line: 37, column: 25, scope: !314)
!318 = !DILocation(line: 37, column: 34, scope: !314)
!319 = !DILocation(line: 37, column: 33, scope: !314)
!320 = !DILocation(line: 37, column: 5, scope: !314)
!321 = !DILocation(line: 38, column: 12, scope: !296)
!322 = !DILocation(line: 38, column: 4, scope: !296)
!323 = !DILocation(line: 38, column: 10, scope: !296)
!324 = !DILocation(line: 39, column: 1, scope: !296)
!325 = distinct !DISubprogram(name: "string_of", scope: !8, file: !8, line: 28, type: !326, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !328)
!326 = !DISubroutineType(types: !327)
!327 = !{!82, !24}
!328 = !{!329}
!329 = !DILocalVariable(name: "text", arg: 1, scope: !325, file: !8, line: 28, type: !24)
!330 = !DILocation(line: 28, column: 39, scope: !325)
!331 = !DILocation(line: 29, column: 48, scope: !325)
!332 = !DILocation(line: 29, column: 61, scope: !325)
!333 = !DILocation(line: 29, column: 54, scope: !325)
!334 = !DILocation(line: 29, column: 10, scope: !325)
!335 = !DILocation(line: 29, column: 3, scope: !325)
!336 = !DISubprogram(name: "medi_gc_remove_edge", scope: !8, file: !8, line: 15, type: !337, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!337 = !DISubroutineType(types: !338)
!338 = !{null, !82, !82}
!339 = distinct !DISubprogram(name: "text_of", scope: !3, file: !3, line: 23, type: !340, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !342)
!340 = !DISubroutineType(types: !341)
!341 = !{!24, !82}
!342 = !{!343}
!343 = !DILocalVariable(name: "id", arg: 1, scope: !339, file: !3, line: 23, type: !82)
!344 = !DILocation(line: 23, column: 37, scope: !339)
!345 = !DILocation(line: 24, column: 45, scope: !339)
!346 = !DILocation(line: 24, column: 24, scope: !339)
!347 = !DILocation(line: 24, column: 3, scope: !339)
!348 = !DISubprogram(name: "medi_gc_remove_root", scope: !8, file: !8, line: 13, type: !202, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!349 = !DISubprogram(name: "snprintf", scope: !291, file: !291, line: 378, type: !350, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!350 = !DISubroutineType(types: !351)
!351 = !{!6, !352, !354, !294, null}
!352 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !353)
!353 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!354 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !355, line: 18, baseType: !84)
!355 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "")
!356 = !DISubprogram(name: "medi_gc_write_barrier", scope: !8, file: !8, line: 16, type: !337, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!357 = !DISubprogram(name: "medi_gc_add_edge", scope: !8, file: !8, line: 14, type: !337, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!358 = !DISubprogram(name: "medi_gc_alloc_string", scope: !8, file: !8, line: 10, type: !359, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!359 = !DISubroutineType(types: !360)
!360 = !{!82, !17, !354}
!361 = !DISubprogram(name: "strlen", scope: !362, file: !362, line: 407, type: !363, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!362 = !DIFile(filename: "/usr/include/string.h", directory: "")
!363 = !DISubroutineType(types: !364)
!364 = !{!84, !24}
!365 = !DISubprogram(name: "medi_gc_string_bytes", scope: !8, file: !8, line: 18, type: !366, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!366 = !DISubroutineType(types: !367)
!367 = !{!17, !82}
!90000 = !{i32 1, !"medi.abi.version", i32 1}
