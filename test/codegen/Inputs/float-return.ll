; Returns a float: with SSE disabled there is no register to return it in.
define float @half(float %x) {
  %r = fmul float %x, 5.000000e-01
  ret float %r
}
