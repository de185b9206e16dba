"""Writes bitcode whose functions read private constants {X, X} nested DEPTH
deep (2**DEPTH leaves in a few hundred bytes of bitcode): f and g are exact
twins, h's constant differs in one leaf. Text IR cannot say this without
spelling out every leaf, so the module is built through LLVM's C API
(ctypes). O2 folds the loads, and the constants go.
Usage: nested_constant.py DEPTH OUT.bc"""
import ctypes
import subprocess
import sys

depth, out = int(sys.argv[1]), sys.argv[2]
libdir = subprocess.check_output(["llvm-config", "--libdir"], text=True).strip()
llvm = ctypes.CDLL(libdir + "/libLLVM.so")
P = ctypes.c_void_p


def api(name, res, *args):
    f = getattr(llvm, name)
    f.restype, f.argtypes = res, list(args)
    return f


context_create = api("LLVMContextCreate", P)
module_create = api("LLVMModuleCreateWithNameInContext", P, ctypes.c_char_p, P)
int32 = api("LLVMInt32TypeInContext", P, P)
const_int = api("LLVMConstInt", P, P, ctypes.c_ulonglong, ctypes.c_int)
const_struct = api("LLVMConstStructInContext", P, P, ctypes.POINTER(P), ctypes.c_uint, ctypes.c_int)
type_of = api("LLVMTypeOf", P, P)
add_global = api("LLVMAddGlobal", P, P, P, ctypes.c_char_p)
set_initializer = api("LLVMSetInitializer", None, P, P)
set_constant = api("LLVMSetGlobalConstant", None, P, ctypes.c_int)
set_linkage = api("LLVMSetLinkage", None, P, ctypes.c_int)
function_type = api("LLVMFunctionType", P, P, ctypes.POINTER(P), ctypes.c_uint, ctypes.c_int)
add_function = api("LLVMAddFunction", P, P, ctypes.c_char_p, P)
append_block = api("LLVMAppendBasicBlockInContext", P, P, P, ctypes.c_char_p)
create_builder = api("LLVMCreateBuilderInContext", P, P)
position_at_end = api("LLVMPositionBuilderAtEnd", None, P, P)
build_load = api("LLVMBuildLoad2", P, P, P, P, ctypes.c_char_p)
build_ret = api("LLVMBuildRet", P, P, P)
set_unnamed_address = api("LLVMSetUnnamedAddress", None, P, ctypes.c_int)
write_bitcode = api("LLVMWriteBitcodeToFile", ctypes.c_int, P, ctypes.c_char_p)
PRIVATE, UNNAMED_ADDR = 9, 2

ctx = context_create()
mod = module_create(b"nested", ctx)
i32 = int32(ctx)
builder = create_builder(ctx)
for name, leaf in ((b"f", 9), (b"g", 9), (b"h", 8)):
    c = const_struct(ctx, (P * 2)(const_int(i32, 7, 0), const_int(i32, leaf, 0)), 2, 0)
    for _ in range(depth - 1):
        c = const_struct(ctx, (P * 2)(c, c), 2, 0)
    table = add_global(mod, type_of(c), name + b".table")
    set_initializer(table, c)
    set_constant(table, 1)
    set_linkage(table, PRIVATE)
    set_unnamed_address(table, UNNAMED_ADDR)
    fn = add_function(mod, name, function_type(i32, None, 0, 0))
    set_unnamed_address(fn, UNNAMED_ADDR)
    position_at_end(builder, append_block(ctx, fn, b""))
    build_ret(builder, build_load(builder, i32, table, b""))
sys.exit(write_bitcode(mod, out.encode()))
