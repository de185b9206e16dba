; Near-duplicates that must not merge with parameters, whatever they save:
; one calls itself (its recursive call would lose its constants), one makes a
; musttail call (the kernel's extra parameters break its prototype), one
; reads its return address (the thunk's call would show). Each pair differs
; in one constant of a 20-instruction chain; exact twins still merge.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json -v 2> %t.v
; RUN: FileCheck %s < %t.v
; RUN: FileCheck --check-prefix=REPORT %s < %t.json
; CHECK-NOT: near-duplicates, folded
; CHECK-DAG: not merged: 2 near-duplicates: calls itself
; CHECK-DAG: not merged: 2 near-duplicates: a musttail call
; CHECK-DAG: not merged: 2 near-duplicates: reads its return or frame address
; REPORT: "merged_with_parameters": 0,
declare i64 @ext(i64)
declare ptr @llvm.returnaddress(i32 immarg)

define i64 @self_a(i64 %v0) {
  %v1 = add i64 %v0, 5
  %v2 = add i64 %v1, 2
  %v3 = add i64 %v2, 3
  %v4 = add i64 %v3, 4
  %v5 = add i64 %v4, 5
  %v6 = add i64 %v5, 6
  %v7 = add i64 %v6, 7
  %v8 = add i64 %v7, 8
  %v9 = add i64 %v8, 9
  %v10 = add i64 %v9, 10
  %v11 = add i64 %v10, 11
  %v12 = add i64 %v11, 12
  %v13 = add i64 %v12, 13
  %v14 = add i64 %v13, 14
  %v15 = add i64 %v14, 15
  %v16 = add i64 %v15, 16
  %v17 = add i64 %v16, 17
  %v18 = add i64 %v17, 18
  %v19 = add i64 %v18, 19
  %v20 = add i64 %v19, 20
  %v21 = add i64 %v20, 21
  %c = icmp eq i64 %v0, 0
  br i1 %c, label %done, label %again
again:
  %r = call i64 @self_a(i64 0)
  ret i64 %r
done:
  ret i64 %v21
}
define i64 @mt_a(i64 %v0) {
  %v1 = add i64 %v0, 5
  %v2 = add i64 %v1, 2
  %v3 = add i64 %v2, 3
  %v4 = add i64 %v3, 4
  %v5 = add i64 %v4, 5
  %v6 = add i64 %v5, 6
  %v7 = add i64 %v6, 7
  %v8 = add i64 %v7, 8
  %v9 = add i64 %v8, 9
  %v10 = add i64 %v9, 10
  %v11 = add i64 %v10, 11
  %v12 = add i64 %v11, 12
  %v13 = add i64 %v12, 13
  %v14 = add i64 %v13, 14
  %v15 = add i64 %v14, 15
  %v16 = add i64 %v15, 16
  %v17 = add i64 %v16, 17
  %v18 = add i64 %v17, 18
  %v19 = add i64 %v18, 19
  %v20 = add i64 %v19, 20
  %v21 = add i64 %v20, 21
  %r = musttail call i64 @ext(i64 %v21)
  ret i64 %r
}
define i64 @ra_a(i64 %v0) {
  %v1 = add i64 %v0, 5
  %v2 = add i64 %v1, 2
  %v3 = add i64 %v2, 3
  %v4 = add i64 %v3, 4
  %v5 = add i64 %v4, 5
  %v6 = add i64 %v5, 6
  %v7 = add i64 %v6, 7
  %v8 = add i64 %v7, 8
  %v9 = add i64 %v8, 9
  %v10 = add i64 %v9, 10
  %v11 = add i64 %v10, 11
  %v12 = add i64 %v11, 12
  %v13 = add i64 %v12, 13
  %v14 = add i64 %v13, 14
  %v15 = add i64 %v14, 15
  %v16 = add i64 %v15, 16
  %v17 = add i64 %v16, 17
  %v18 = add i64 %v17, 18
  %v19 = add i64 %v18, 19
  %v20 = add i64 %v19, 20
  %v21 = add i64 %v20, 21
  %ra = call ptr @llvm.returnaddress(i32 0)
  %ri = ptrtoint ptr %ra to i64
  %r = add i64 %ri, %v21
  ret i64 %r
}
define i64 @self_b(i64 %v0) {
  %v1 = add i64 %v0, 7
  %v2 = add i64 %v1, 2
  %v3 = add i64 %v2, 3
  %v4 = add i64 %v3, 4
  %v5 = add i64 %v4, 5
  %v6 = add i64 %v5, 6
  %v7 = add i64 %v6, 7
  %v8 = add i64 %v7, 8
  %v9 = add i64 %v8, 9
  %v10 = add i64 %v9, 10
  %v11 = add i64 %v10, 11
  %v12 = add i64 %v11, 12
  %v13 = add i64 %v12, 13
  %v14 = add i64 %v13, 14
  %v15 = add i64 %v14, 15
  %v16 = add i64 %v15, 16
  %v17 = add i64 %v16, 17
  %v18 = add i64 %v17, 18
  %v19 = add i64 %v18, 19
  %v20 = add i64 %v19, 20
  %v21 = add i64 %v20, 21
  %c = icmp eq i64 %v0, 0
  br i1 %c, label %done, label %again
again:
  %r = call i64 @self_b(i64 0)
  ret i64 %r
done:
  ret i64 %v21
}
define i64 @mt_b(i64 %v0) {
  %v1 = add i64 %v0, 7
  %v2 = add i64 %v1, 2
  %v3 = add i64 %v2, 3
  %v4 = add i64 %v3, 4
  %v5 = add i64 %v4, 5
  %v6 = add i64 %v5, 6
  %v7 = add i64 %v6, 7
  %v8 = add i64 %v7, 8
  %v9 = add i64 %v8, 9
  %v10 = add i64 %v9, 10
  %v11 = add i64 %v10, 11
  %v12 = add i64 %v11, 12
  %v13 = add i64 %v12, 13
  %v14 = add i64 %v13, 14
  %v15 = add i64 %v14, 15
  %v16 = add i64 %v15, 16
  %v17 = add i64 %v16, 17
  %v18 = add i64 %v17, 18
  %v19 = add i64 %v18, 19
  %v20 = add i64 %v19, 20
  %v21 = add i64 %v20, 21
  %r = musttail call i64 @ext(i64 %v21)
  ret i64 %r
}
define i64 @ra_b(i64 %v0) {
  %v1 = add i64 %v0, 7
  %v2 = add i64 %v1, 2
  %v3 = add i64 %v2, 3
  %v4 = add i64 %v3, 4
  %v5 = add i64 %v4, 5
  %v6 = add i64 %v5, 6
  %v7 = add i64 %v6, 7
  %v8 = add i64 %v7, 8
  %v9 = add i64 %v8, 9
  %v10 = add i64 %v9, 10
  %v11 = add i64 %v10, 11
  %v12 = add i64 %v11, 12
  %v13 = add i64 %v12, 13
  %v14 = add i64 %v13, 14
  %v15 = add i64 %v14, 15
  %v16 = add i64 %v15, 16
  %v17 = add i64 %v16, 17
  %v18 = add i64 %v17, 18
  %v19 = add i64 %v18, 19
  %v20 = add i64 %v19, 20
  %v21 = add i64 %v20, 21
  %ra = call ptr @llvm.returnaddress(i32 0)
  %ri = ptrtoint ptr %ra to i64
  %r = add i64 %ri, %v21
  ret i64 %r
}
