target triple = "aarch64-unknown-linux-gnu"
define void @ta() { ret void }
