; Thread-local variables: a module holding one is never cut.
@tls = internal thread_local global i32 5

define i32 @tls_get() {
  %v = load i32, ptr @tls
  ret i32 %v
}

define i32 @tls_inc() {
  %v = load i32, ptr @tls
  %n = add i32 %v, 1
  store i32 %n, ptr @tls
  ret i32 %n
}
