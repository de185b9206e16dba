; clang -O2 -g: an alias (e2) of a hidden kernel (k2) that a pointer names
; only in debug info, and a module-local variable: a part of a module with
; debug info declares what other parts define (the IR mover follows debug
; info, which the cut does not walk).
; ModuleID = 'c2.c'
source_filename = "c2.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@state = internal unnamed_addr global i32 0, align 4, !dbg !0

@e2 = dso_local alias i32 (i32), ptr @k2

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define hidden range(i32 -2147483645, -2147483648) i32 @k2(i32 noundef %0) #0 !dbg !18 {
    #dbg_value(i32 %0, !22, !DIExpression(), !23)
  %2 = load i32, ptr @state, align 4, !dbg !24, !tbaa !14
  %3 = mul nsw i32 %2, %0, !dbg !25
  %4 = add nsw i32 %3, 3, !dbg !26
  store i32 %4, ptr @state, align 4, !dbg !27, !tbaa !14
  ret i32 %4, !dbg !28
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local range(i32 -2147483644, -2147483648) i32 @e1(i32 noundef %0) local_unnamed_addr #1 !dbg !29 {
    #dbg_value(i32 %0, !31, !DIExpression(), !34)
    #dbg_value(ptr @e2, !32, !DIExpression(), !34)
  %2 = tail call i32 @k2(i32 noundef %0), !dbg !35
  %3 = add nsw i32 %2, 1, !dbg !36
  ret i32 %3, !dbg !37
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!6, !7, !8, !9, !10, !11, !12}
!llvm.ident = !{!13}
!llvm.errno.tbaa = !{!14}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "state", scope: !2, file: !3, line: 1, type: !5, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c2.c", directory: "/src", checksumkind: CSK_MD5, checksum: "b3cf0aef27ad7d8083e54052a8014d96")
!4 = !{!0}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !{i32 7, !"Dwarf Version", i32 5}
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = !{i32 1, !"wchar_size", i32 4}
!9 = !{i32 8, !"PIC Level", i32 2}
!10 = !{i32 7, !"PIE Level", i32 2}
!11 = !{i32 7, !"uwtable", i32 2}
!12 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!13 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !16, i64 0}
!16 = !{!"omnipotent char", !17, i64 0}
!17 = !{!"Simple C/C++ TBAA"}
!18 = distinct !DISubprogram(name: "k2", scope: !3, file: !3, line: 2, type: !19, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !21, keyInstructions: true)
!19 = !DISubroutineType(types: !20)
!20 = !{!5, !5}
!21 = !{!22}
!22 = !DILocalVariable(name: "x", arg: 1, scope: !18, file: !3, line: 2, type: !5)
!23 = !DILocation(line: 0, scope: !18)
!24 = !DILocation(line: 2, column: 73, scope: !18)
!25 = !DILocation(line: 2, column: 79, scope: !18)
!26 = !DILocation(line: 2, column: 83, scope: !18, atomGroup: 1, atomRank: 2)
!27 = !DILocation(line: 2, column: 71, scope: !18, atomGroup: 1, atomRank: 1)
!28 = !DILocation(line: 2, column: 88, scope: !18, atomGroup: 2, atomRank: 1)
!29 = distinct !DISubprogram(name: "e1", scope: !3, file: !3, line: 4, type: !19, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !30, keyInstructions: true)
!30 = !{!31, !32}
!31 = !DILocalVariable(name: "x", arg: 1, scope: !29, file: !3, line: 4, type: !5)
!32 = !DILocalVariable(name: "p", scope: !29, file: !3, line: 4, type: !33)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!34 = !DILocation(line: 0, scope: !29)
!35 = !DILocation(line: 4, column: 53, scope: !29)
!36 = !DILocation(line: 4, column: 59, scope: !29, atomGroup: 3, atomRank: 2)
!37 = !DILocation(line: 4, column: 46, scope: !29, atomGroup: 3, atomRank: 1)
