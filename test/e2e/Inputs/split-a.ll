; What a cut into parts must keep: state, a constant table and a helper that
; functions in different parts share, a linkonce_odr body, a call between
; default-visibility functions, an alias, constructors in priority order,
; and addresses taken in different functions.
@counter = internal global i32 0
@table = private unnamed_addr constant [4 x i32] [i32 3, i32 5, i32 7, i32 11]
@order = global i32 0
@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 200, ptr @ctor_b, ptr null }, { i32, ptr, ptr } { i32 100, ptr @ctor_a, ptr null }]
@bump_alias = alias i32 (), ptr @bump

define internal void @ctor_a() {
  %o = load i32, ptr @order
  %m = mul i32 %o, 10
  %a = add i32 %m, 1
  store i32 %a, ptr @order
  ret void
}

define internal void @ctor_b() {
  %o = load i32, ptr @order
  %m = mul i32 %o, 10
  %a = add i32 %m, 2
  store i32 %a, ptr @order
  ret void
}

define i32 @get_order() {
  %o = load i32, ptr @order
  ret i32 %o
}

define internal i32 @helper(i32 %x) noinline {
  %i = and i32 %x, 3
  %e = zext i32 %i to i64
  %p = getelementptr [4 x i32], ptr @table, i64 0, i64 %e
  %t = load i32, ptr %p
  %m = mul i32 %x, 3
  %r = add i32 %m, %t
  ret i32 %r
}

define i32 @use_helper_1(i32 %x) {
  %h = call i32 @helper(i32 %x)
  %r = add i32 %h, 1
  ret i32 %r
}

define i32 @use_helper_2(i32 %x) {
  %h = call i32 @helper(i32 %x)
  %r = add i32 %h, 2
  ret i32 %r
}

define i32 @bump() {
  %c = load i32, ptr @counter
  %n = add i32 %c, 1
  store i32 %n, ptr @counter
  ret i32 %n
}

define i32 @read_counter() {
  %c = load i32, ptr @counter
  ret i32 %c
}

define linkonce_odr i32 @odr(i32 %x) {
  %r = mul i32 %x, %x
  ret i32 %r
}

define i32 @use_odr(i32 %x) {
  %r = call i32 @odr(i32 %x)
  ret i32 %r
}

define i32 @ext_callee(i32 %x) noinline {
  %r = sub i32 %x, 1
  ret i32 %r
}

define i32 @calls_ext(i32 %x) {
  %c = call i32 @ext_callee(i32 %x)
  %r = mul i32 %c, 2
  ret i32 %r
}

define ptr @helper_address_1() {
  ret ptr @helper
}

define ptr @helper_address_2() {
  ret ptr @helper
}

define i32 @sum_table() {
  %p1 = getelementptr [4 x i32], ptr @table, i64 0, i64 1
  %a = load i32, ptr %p1
  %p3 = getelementptr [4 x i32], ptr @table, i64 0, i64 3
  %b = load i32, ptr %p3
  %r = add i32 %a, %b
  ret i32 %r
}

; A hidden alias of a module-local function, called from another function.
define internal i32 @aliased() noinline {
  ret i32 7
}
@hidden_alias = hidden alias i32 (), ptr @aliased

define i32 @call_hidden_alias() {
  %r = call i32 @hidden_alias()
  ret i32 %r
}

; A module-local function named _init, called from another part: made
; hidden for the link, it must not become the library's DT_INIT.
@init_ran = internal global i32 0

define internal void @_init() noinline {
  store volatile i32 5, ptr @init_ran
  ret void
}

define i32 @init_ran_value() {
  %v = load volatile i32, ptr @init_ran
  ret i32 %v
}

define void @call_init() {
  call void @_init()
  ret void
}
