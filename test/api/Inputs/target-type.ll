; A target extension type that x86 cannot lower: a fatal error in ISel.
define target("spirv.Image") @pass(target("spirv.Image") %x) {
  ret target("spirv.Image") %x
}
