target triple = "x86_64-unknown-linux-gnu"
define void @tx() { ret void }
