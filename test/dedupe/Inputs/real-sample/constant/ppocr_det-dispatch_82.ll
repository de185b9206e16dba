; ModuleID = 'Model from PaddlePaddle.$async_dispatch_82'
source_filename = "Model from PaddlePaddle.$async_dispatch_82"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-unknown-eabi-elf"

%iree_hal_executable_library_header_t = type { i32, ptr, i32, i32 }
%iree_hal_executable_dispatch_attrs_v0_t = type { i64, i16, i8, i8, i32, i32, i16, i16, i64, i64, i64, i64, i64 }
%iree_hal_executable_source_location_v0_t = type { i32, i32, ptr }
%iree_hal_executable_stage_location_table_v0_t = type { i32, ptr, ptr }
%iree_hal_executable_library_v0_t = type { ptr, %iree_hal_executable_import_table_v0_t, %iree_hal_executable_export_table_v0_t, %iree_hal_executable_constant_table_v0_t, %iree_hal_executable_source_file_table_v0_t }
%iree_hal_executable_import_table_v0_t = type { i32, ptr }
%iree_hal_executable_export_table_v0_t = type { i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr }
%iree_hal_executable_constant_table_v0_t = type { i32 }
%iree_hal_executable_source_file_table_v0_t = type { i32, ptr }
%iree_hal_executable_dispatch_state_v0_t = type { i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr }
%iree_hal_executable_workgroup_state_v0_t = type { i32, i32, i16, i16, i32, ptr, i32 }

@__constant_24xf32 = private constant [24 x float] [float 0xBFCC3AD420000000, float 0x3FF2132B00000000, float 0x3FE05B6720000000, float 0xBFD293B0E0000000, float 0xBFD2AA2D80000000, float 0x3FBC28ABC0000000, float 0xBFD9663C00000000, float 0x3F9A33DC20000000, float 0xBFDF3590E0000000, float 0x3F8CFACEC0000000, float 0xBFDC0A1100000000, float 0xBFDEB1E2A0000000, float 0x3FC7CA7AC0000000, float 0x3FE2F9E4A0000000, float 0xBFDB71D1A0000000, float 0xBFE5F6B680000000, float 0xBFD4AC3BE0000000, float 0x3FB0F749A0000000, float 0xBFD3568AE0000000, float 0x3FD7CECE00000000, float 0x3FE3FE8A00000000, float 0xBFCD47A300000000, float 0xBFECE34D40000000, float 0xBFD226BF80000000], align 64
@0 = private constant [43 x i8] c"Model from PaddlePaddle.$async_dispatch_82\00", align 1
@iree_hal_executable_library_query_v0_header = private constant %iree_hal_executable_library_header_t { i32 6, ptr @0, i32 0, i32 0 }
@iree_hal_executable_library_query_v0_funcs = private constant [1 x ptr] [ptr @"Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32"]
@iree_hal_executable_library_query_v0_attrs = private constant [1 x %iree_hal_executable_dispatch_attrs_v0_t] [%iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }]
@1 = private constant [67 x i8] c"Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32\00", align 1
@iree_hal_executable_library_query_v0_names = private constant [1 x ptr] [ptr @1]
@2 = private constant [15 x i8] c"ppocr_det.mlir\00", align 1
@iree_hal_executable_library_query_v0_source_locations = private constant [1 x %iree_hal_executable_source_location_v0_t] [%iree_hal_executable_source_location_v0_t { i32 647, i32 14, ptr @2 }]
@"iree_hal_executable_library_query_v0_Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@iree_hal_executable_library_query_v0_stage_location_tables = private constant [1 x %iree_hal_executable_stage_location_table_v0_t] [%iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32_stage_names", ptr @"iree_hal_executable_library_query_v0_Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32_stage_source_locations" }]
@iree_hal_executable_library_query_v0 = private constant %iree_hal_executable_library_v0_t { ptr @iree_hal_executable_library_query_v0_header, %iree_hal_executable_import_table_v0_t zeroinitializer, %iree_hal_executable_export_table_v0_t { i32 1, ptr @iree_hal_executable_library_query_v0_funcs, ptr @iree_hal_executable_library_query_v0_attrs, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_names, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_source_locations, ptr @iree_hal_executable_library_query_v0_stage_location_tables }, %iree_hal_executable_constant_table_v0_t zeroinitializer, %iree_hal_executable_source_file_table_v0_t zeroinitializer }

define internal i32 @"Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !77 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !80
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !80
  %6 = load ptr, ptr %5, align 8, !dbg !80
  %7 = getelementptr i8, ptr %6, i32 763904, !dbg !80
  call void @llvm.assume(i1 true) [ "align"(ptr %7, i64 64) ], !dbg !80
  %8 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !83
  %9 = extractvalue %iree_hal_executable_dispatch_state_v0_t %8, 10, !dbg !83
  %10 = load ptr, ptr %9, align 8, !dbg !83
  call void @llvm.assume(i1 true) [ "align"(ptr %10, i64 64) ], !dbg !83
  %11 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !80
  %12 = extractvalue %iree_hal_executable_dispatch_state_v0_t %11, 10, !dbg !80
  %13 = getelementptr ptr, ptr %12, i32 1, !dbg !80
  %14 = load ptr, ptr %13, align 8, !dbg !80
  %15 = getelementptr i8, ptr %14, i32 86528, !dbg !80
  call void @llvm.assume(i1 true) [ "align"(ptr %15, i64 64) ], !dbg !80
  %16 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !80
  %17 = extractvalue %iree_hal_executable_workgroup_state_v0_t %16, 0, !dbg !80
  %18 = zext i32 %17 to i64, !dbg !80
  %19 = mul nsw i64 %18, 256, !dbg !80
  %20 = mul nsw i64 %18, -256, !dbg !80
  %21 = add i64 %20, 1600, !dbg !80
  %22 = call i64 @llvm.smin.i64(i64 %21, i64 256), !dbg !80
  br label %23, !dbg !80

23:                                               ; preds = %60, %3
  %24 = phi i64 [ %61, %60 ], [ 0, %3 ], !dbg !80
  %25 = icmp slt i64 %24, 24, !dbg !80
  br i1 %25, label %26, label %62, !dbg !80

26:                                               ; preds = %29, %23
  %27 = phi i64 [ %59, %29 ], [ 0, %23 ], !dbg !80
  %28 = icmp slt i64 %27, %22, !dbg !80
  br i1 %28, label %29, label %60, !dbg !80

29:                                               ; preds = %26
  %30 = sub i64 %22, %27, !dbg !80
  %31 = call i64 @llvm.smin.i64(i64 %30, i64 8), !dbg !80
  %32 = add i64 %27, %19, !dbg !80
  %33 = call i64 @llvm.smin.i64(i64 %31, i64 2147483647), !dbg !80
  %34 = trunc i64 %33 to i32, !dbg !80
  %35 = insertelement <8 x i32> poison, i32 %34, i32 0, !dbg !80
  %36 = shufflevector <8 x i32> %35, <8 x i32> poison, <8 x i32> zeroinitializer, !dbg !80
  %37 = icmp sgt <8 x i32> %36, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !80
  %38 = mul i64 %24, 1600, !dbg !80
  %39 = add i64 %38, %32, !dbg !80
  %40 = getelementptr float, ptr %7, i64 %39, !dbg !80
  %41 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr align 4 %40, <8 x i1> %37, <8 x float> poison), !dbg !80
  %42 = getelementptr float, ptr %10, i64 %24, !dbg !80
  %43 = load <1 x float>, ptr %42, align 4, !dbg !80
  %44 = getelementptr float, ptr @__constant_24xf32, i64 %24, !dbg !80
  %45 = load <1 x float>, ptr %44, align 4, !dbg !80
  %46 = fadd contract <1 x float> %43, %45, !dbg !83
  %47 = fmul contract <1 x float> %46, splat (float 0x3FC99999A0000000), !dbg !82
  %48 = fadd contract <1 x float> %47, splat (float 0x3FE0000000000000), !dbg !82
  %49 = fcmp olt <1 x float> splat (float 0x3FF0000000000000), %48, !dbg !82
  %50 = select <1 x i1> %49, <1 x float> splat (float 0x3FF0000000000000), <1 x float> %48, !dbg !82
  %51 = fcmp ogt <1 x float> zeroinitializer, %50, !dbg !82
  %52 = select <1 x i1> %51, <1 x float> zeroinitializer, <1 x float> %50, !dbg !82
  %53 = extractelement <1 x float> %52, i64 0, !dbg !84
  %54 = insertelement <8 x float> poison, float %53, i32 0, !dbg !84
  %55 = shufflevector <8 x float> %54, <8 x float> poison, <8 x i32> zeroinitializer, !dbg !84
  %56 = fmul contract <8 x float> %41, %55, !dbg !84
  %57 = fadd contract <8 x float> %41, %56, !dbg !78
  %58 = getelementptr float, ptr %15, i64 %39, !dbg !78
  call void @llvm.masked.store.v8f32.p0(<8 x float> %57, ptr align 4 %58, <8 x i1> %37), !dbg !78
  %59 = add i64 %27, 8, !dbg !80
  br label %26, !dbg !80

60:                                               ; preds = %26
  %61 = add i64 %24, 1, !dbg !80
  br label %23, !dbg !80

62:                                               ; preds = %23
  ret i32 0, !dbg !80
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr captures(none), <8 x i1>, <8 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr captures(none), <8 x i1>) #4

; Function Attrs: uwtable
define dso_local dllexport ptr @iree_hal_executable_library_query(i32 %0, ptr %1) #5 {
entry:
  %2 = icmp eq i32 %0, 6
  %3 = select i1 %2, ptr @iree_hal_executable_library_query_v0, ptr null
  ret ptr %3
}

attributes #0 = { "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #5 = { uwtable "nonlazybind" }

!llvm.dbg.cu = !{!76}
!llvm.module.flags = !{!85, !86}

!0 = !DIFile(filename: "-", directory: "")
!1 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!2 = !DIFile(filename: "runtime/src/iree/hal/local/executable_library.h", directory: ".")
!3 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!4 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", baseType: !3)
!5 = !DISubrange(count: 64)
!6 = !{!5}
!7 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !4, size: 2048, elements: !6)
!8 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !7)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "constants", baseType: !9, size: 64)
!11 = !DIBasicType(name: "void", encoding: DW_ATE_address)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_member, name: "import_thunk", baseType: !12, size: 64, offset: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "import_funcs", baseType: !15, size: 64, offset: 128)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "import_contexts", baseType: !17, size: 64, offset: 192)
!19 = !DIBasicType(name: "long long unsigned int", size: 64, encoding: DW_ATE_unsigned)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", baseType: !19)
!21 = !DISubrange(count: 8)
!22 = !{!21}
!23 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !20, size: 512, elements: !22)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "data", baseType: !23)
!25 = !{!24}
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_processor_v0_t", scope: !2, file: !2, line: 227, size: 512, elements: !25)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "processor", baseType: !26, offset: 256)
!28 = !{!10, !13, !16, !18, !27}
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_executable_environment_v0_t", scope: !2, file: !2, line: 246, size: 768, elements: !28)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "iree_hal_executable_environment_v0_t", baseType: !29)
!31 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !31, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_size_x", baseType: !4, size: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_size_y", baseType: !4, size: 32, offset: 32)
!35 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", baseType: !35)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_size_z", baseType: !36, size: 16, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "constant_count", baseType: !36, size: 16, offset: 80)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_count_x", baseType: !4, size: 32, offset: 96)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_count_y", baseType: !4, size: 32, offset: 128)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_count_z", baseType: !36, size: 16, offset: 160)
!42 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", baseType: !42)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "max_concurrency", baseType: !43, size: 8, offset: 176)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "binding_count", baseType: !43, size: 8, offset: 184)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "constants", baseType: !9, size: 64, offset: 192)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!48 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !47, size: 4096, elements: !6)
!49 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !48)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "binding_ptrs", baseType: !50, size: 64, offset: 256)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", baseType: !20)
!53 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !52, size: 4096, elements: !6)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "binding_lengths", baseType: !55, size: 64, offset: 320)
!57 = !{!33, !34, !37, !38, !39, !40, !41, !44, !45, !46, !51, !56}
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_executable_dispatch_state_v0_t", scope: !2, file: !2, line: 275, size: 384, elements: !57)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "iree_hal_executable_dispatch_state_v0_t", baseType: !58)
!60 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !59)
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_id_x", baseType: !4, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_id_y", baseType: !4, size: 32, offset: 32)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_id_z", baseType: !36, size: 16, offset: 64)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "reserved", baseType: !36, size: 16, offset: 80)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "processor_id", baseType: !4, size: 32, offset: 96)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "local_memory", baseType: !12, size: 64, offset: 128)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "local_memory_size", baseType: !4, size: 32, offset: 192)
!69 = !{!62, !63, !64, !65, !66, !67, !68}
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_executable_workgroup_state_v0_t", scope: !2, file: !2, line: 321, size: 256, elements: !69)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "iree_hal_executable_workgroup_state_v0_t", baseType: !70)
!72 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !71)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64)
!74 = !{!1, !32, !61, !73}
!75 = !DISubroutineType(cc: DW_CC_normal, types: !74)
!76 = distinct !DICompileUnit(language: DW_LANG_C17, file: !0, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!77 = distinct !DISubprogram(name: "Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32", linkageName: "Model from PaddlePaddle.$async_dispatch_82_elementwise_24x1600_f32", scope: !0, file: !0, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !76)
!78 = !DILocation(line: 647, column: 12, scope: !77)
!80 = !DILocation(line: 0, scope: !77)
!82 = !DILocation(line: 645, column: 12, scope: !77)
!83 = !DILocation(line: 644, column: 12, scope: !77)
!84 = !DILocation(line: 646, column: 12, scope: !77)
!85 = !{i32 2, !"Debug Info Version", i32 3}
!86 = !{i32 1, !"float-abi", !"hard"}
