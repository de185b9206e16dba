; ModuleID = '_encoding_0'
source_filename = "_encoding_0"
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

@0 = private constant [12 x i8] c"_encoding_0\00", align 1
@iree_hal_executable_library_query_v0_header = private constant %iree_hal_executable_library_header_t { i32 6, ptr @0, i32 0, i32 0 }
@iree_hal_executable_library_query_v0_funcs = private constant [1 x ptr] [ptr @_encoding_0_encode_24x48xf32_to_24x48xf32]
@iree_hal_executable_library_query_v0_attrs = private constant [1 x %iree_hal_executable_dispatch_attrs_v0_t] [%iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 1, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }]
@1 = private constant [42 x i8] c"_encoding_0_encode_24x48xf32_to_24x48xf32\00", align 1
@iree_hal_executable_library_query_v0_names = private constant [1 x ptr] [ptr @1]
@2 = private constant [17 x i8] c"ddddocr_det.mlir\00", align 1
@iree_hal_executable_library_query_v0_source_locations = private constant [1 x %iree_hal_executable_source_location_v0_t] [%iree_hal_executable_source_location_v0_t { i32 195, i32 16, ptr @2 }]
@iree_hal_executable_library_query_v0__encoding_0_encode_24x48xf32_to_24x48xf32_stage_names = private constant [0 x ptr] zeroinitializer
@iree_hal_executable_library_query_v0__encoding_0_encode_24x48xf32_to_24x48xf32_stage_source_locations = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@iree_hal_executable_library_query_v0_stage_location_tables = private constant [1 x %iree_hal_executable_stage_location_table_v0_t] [%iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @iree_hal_executable_library_query_v0__encoding_0_encode_24x48xf32_to_24x48xf32_stage_names, ptr @iree_hal_executable_library_query_v0__encoding_0_encode_24x48xf32_to_24x48xf32_stage_source_locations }]
@iree_hal_executable_library_query_v0 = private constant %iree_hal_executable_library_v0_t { ptr @iree_hal_executable_library_query_v0_header, %iree_hal_executable_import_table_v0_t zeroinitializer, %iree_hal_executable_export_table_v0_t { i32 1, ptr @iree_hal_executable_library_query_v0_funcs, ptr @iree_hal_executable_library_query_v0_attrs, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_names, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_source_locations, ptr @iree_hal_executable_library_query_v0_stage_location_tables }, %iree_hal_executable_constant_table_v0_t zeroinitializer, %iree_hal_executable_source_file_table_v0_t zeroinitializer }

define internal i32 @_encoding_0_encode_24x48xf32_to_24x48xf32(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !77 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !78
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 9, !dbg !78
  %6 = load i32, ptr %5, align 4, !dbg !78
  %7 = zext i32 %6 to i64, !dbg !78
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !78
  %9 = load ptr, ptr %8, align 8, !dbg !78
  %10 = getelementptr i8, ptr %9, i64 %7, !dbg !78
  call void @llvm.assume(i1 true) [ "align"(ptr %10, i64 64) ], !dbg !78
  %11 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !78
  %12 = extractvalue %iree_hal_executable_dispatch_state_v0_t %11, 10, !dbg !78
  %13 = getelementptr ptr, ptr %12, i32 1, !dbg !78
  %14 = load ptr, ptr %13, align 8, !dbg !78
  %15 = getelementptr i8, ptr %14, i64 %7, !dbg !78
  call void @llvm.assume(i1 true) [ "align"(ptr %15, i64 64) ], !dbg !78
  %16 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !78
  %17 = extractvalue %iree_hal_executable_workgroup_state_v0_t %16, 0, !dbg !78
  %18 = zext i32 %17 to i64, !dbg !78
  %19 = sdiv i64 %18, 2, !dbg !78
  %20 = mul i64 %19, 2, !dbg !78
  %21 = icmp ne i64 %18, %20, !dbg !78
  %22 = icmp slt i64 %18, 0, !dbg !78
  %23 = and i1 %21, %22, !dbg !78
  %24 = add i64 %19, -1, !dbg !78
  %25 = select i1 %23, i64 %24, i64 %19, !dbg !78
  %26 = srem i64 %18, 2, !dbg !78
  %27 = icmp slt i64 %26, 0, !dbg !78
  %28 = add nsw i64 %26, 2, !dbg !78
  %29 = select i1 %27, i64 %28, i64 %26, !dbg !78
  %30 = mul nsw i64 %29, 24, !dbg !78
  br label %31, !dbg !78

31:                                               ; preds = %34, %3
  %32 = phi i64 [ %98, %34 ], [ 0, %3 ], !dbg !78
  %33 = icmp slt i64 %32, 24, !dbg !78
  br i1 %33, label %34, label %99, !dbg !78

34:                                               ; preds = %31
  %35 = add i64 %32, %30, !dbg !78
  %36 = mul nsw i64 %25, 8, !dbg !78
  %37 = mul i64 %36, 48, !dbg !78
  %38 = add i64 %37, %35, !dbg !78
  %39 = getelementptr float, ptr %10, i64 %38, !dbg !78
  %40 = load <1 x float>, ptr %39, align 4, !dbg !78
  %41 = add i64 %36, 1, !dbg !78
  %42 = mul i64 %41, 48, !dbg !78
  %43 = add i64 %42, %35, !dbg !78
  %44 = getelementptr float, ptr %10, i64 %43, !dbg !78
  %45 = load <1 x float>, ptr %44, align 4, !dbg !78
  %46 = add i64 %36, 2, !dbg !78
  %47 = mul i64 %46, 48, !dbg !78
  %48 = add i64 %47, %35, !dbg !78
  %49 = getelementptr float, ptr %10, i64 %48, !dbg !78
  %50 = load <1 x float>, ptr %49, align 4, !dbg !78
  %51 = add i64 %36, 3, !dbg !78
  %52 = mul i64 %51, 48, !dbg !78
  %53 = add i64 %52, %35, !dbg !78
  %54 = getelementptr float, ptr %10, i64 %53, !dbg !78
  %55 = load <1 x float>, ptr %54, align 4, !dbg !78
  %56 = add i64 %36, 4, !dbg !78
  %57 = mul i64 %56, 48, !dbg !78
  %58 = add i64 %57, %35, !dbg !78
  %59 = getelementptr float, ptr %10, i64 %58, !dbg !78
  %60 = load <1 x float>, ptr %59, align 4, !dbg !78
  %61 = add i64 %36, 5, !dbg !78
  %62 = mul i64 %61, 48, !dbg !78
  %63 = add i64 %62, %35, !dbg !78
  %64 = getelementptr float, ptr %10, i64 %63, !dbg !78
  %65 = load <1 x float>, ptr %64, align 4, !dbg !78
  %66 = add i64 %36, 6, !dbg !78
  %67 = mul i64 %66, 48, !dbg !78
  %68 = add i64 %67, %35, !dbg !78
  %69 = getelementptr float, ptr %10, i64 %68, !dbg !78
  %70 = load <1 x float>, ptr %69, align 4, !dbg !78
  %71 = add i64 %36, 7, !dbg !78
  %72 = mul i64 %71, 48, !dbg !78
  %73 = add i64 %72, %35, !dbg !78
  %74 = getelementptr float, ptr %10, i64 %73, !dbg !78
  %75 = load <1 x float>, ptr %74, align 4, !dbg !78
  %76 = extractelement <1 x float> %40, i64 0, !dbg !78
  %77 = extractelement <1 x float> %45, i64 0, !dbg !78
  %78 = extractelement <1 x float> %50, i64 0, !dbg !78
  %79 = extractelement <1 x float> %55, i64 0, !dbg !78
  %80 = extractelement <1 x float> %60, i64 0, !dbg !78
  %81 = extractelement <1 x float> %65, i64 0, !dbg !78
  %82 = extractelement <1 x float> %70, i64 0, !dbg !78
  %83 = extractelement <1 x float> %75, i64 0, !dbg !78
  %84 = insertelement <8 x float> poison, float %76, i64 0, !dbg !78
  %85 = insertelement <8 x float> %84, float %77, i64 1, !dbg !78
  %86 = insertelement <8 x float> %85, float %78, i64 2, !dbg !78
  %87 = insertelement <8 x float> %86, float %79, i64 3, !dbg !78
  %88 = insertelement <8 x float> %87, float %80, i64 4, !dbg !78
  %89 = insertelement <8 x float> %88, float %81, i64 5, !dbg !78
  %90 = insertelement <8 x float> %89, float %82, i64 6, !dbg !78
  %91 = insertelement <8 x float> %90, float %83, i64 7, !dbg !78
  %92 = mul i64 %25, 384, !dbg !78
  %93 = mul i64 %35, 8, !dbg !78
  %94 = add i64 %92, %93, !dbg !78
  %95 = add i64 %94, 0, !dbg !78
  %96 = add i64 %95, 0, !dbg !78
  %97 = getelementptr float, ptr %15, i64 %96, !dbg !78
  store <8 x float> %91, ptr %97, align 4, !dbg !78
  %98 = add i64 %32, 1, !dbg !78
  br label %31, !dbg !78

99:                                               ; preds = %31
  ret i32 0, !dbg !78
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: uwtable
define dso_local dllexport ptr @iree_hal_executable_library_query(i32 %0, ptr %1) #2 {
entry:
  %2 = icmp eq i32 %0, 6
  %3 = select i1 %2, ptr @iree_hal_executable_library_query_v0, ptr null
  ret ptr %3
}

attributes #0 = { "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #2 = { uwtable "nonlazybind" }

!llvm.dbg.cu = !{!76}
!llvm.module.flags = !{!79, !80}

!0 = !DIFile(filename: "ddddocr_det.mlir", directory: "")
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
!77 = distinct !DISubprogram(name: "_encoding_0_encode_24x48xf32_to_24x48xf32", linkageName: "_encoding_0_encode_24x48xf32_to_24x48xf32", scope: !0, file: !0, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !76)
!78 = !DILocation(line: 195, column: 12, scope: !77)
!79 = !{i32 2, !"Debug Info Version", i32 3}
!80 = !{i32 1, !"float-abi", !"hard"}
