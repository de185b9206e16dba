; A valid module with a bit of everything (globals, constants, loops, phis,
; switch, vectors, structs, calls, an alias), the campaign's first seed.
%pair = type { i32, float }

@table = private unnamed_addr constant [4 x float] [float 1.0, float 2.0, float 3.0, float 4.0]
@pairs = internal constant [2 x %pair] [%pair { i32 1, float 5.0 }, %pair { i32 2, float 6.0 }]
@counter = global i64 0, align 8
@name = private unnamed_addr constant [6 x i8] c"seed\0A\00"
@sum_alias = alias i32 (ptr, i64), ptr @sum_i32

define internal float @scale(float %x) unnamed_addr {
  %y = fmul float %x, 2.0
  ret float %y
}

define float @lookup(i64 %n) unnamed_addr {
entry:
  %q = getelementptr inbounds [4 x float], ptr @table, i64 0, i64 %n
  %v = load float, ptr %q, align 4
  %w = call float @scale(float %v)
  ret float %w
}

define i32 @sum_i32(ptr %p, i64 %n) {
entry:
  %empty = icmp eq i64 %n, 0
  br i1 %empty, label %done, label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %addr = getelementptr inbounds i32, ptr %p, i64 %i
  %x = load i32, ptr %addr, align 4
  %acc.next = add nsw i32 %acc, %x
  %i.next = add nuw i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %loop, label %done

done:
  %r = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  ret i32 %r
}

define i32 @classify(i32 %k) {
entry:
  switch i32 %k, label %other [
    i32 0, label %zero
    i32 7, label %seven
  ]
zero:
  ret i32 10
seven:
  ret i32 70
other:
  %c = load i64, ptr @counter, align 8
  %c1 = add i64 %c, 1
  store i64 %c1, ptr @counter, align 8
  %t = trunc i64 %c1 to i32
  ret i32 %t
}

define <4 x float> @axpy(<4 x float> %a, <4 x float> %x, <4 x float> %y) {
  %m = fmul fast <4 x float> %a, %x
  %s = fadd fast <4 x float> %m, %y
  %sh = shufflevector <4 x float> %s, <4 x float> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  ret <4 x float> %sh
}

define i32 @pair_first(i64 %i) {
  %p = getelementptr inbounds [2 x %pair], ptr @pairs, i64 0, i64 %i, i32 0
  %v = load i32, ptr %p, align 4
  %s = select i1 true, i32 %v, i32 0
  ret i32 %s
}

define ptr @message() {
  ret ptr @name
}
