package org.specula.core.interp;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.specula.api.spi.BinaryOpHandler;
import org.specula.api.spi.BinarySubscrHandler;
import org.specula.api.spi.CompareOpHandler;
import org.specula.api.spi.ContainsOpHandler;
import org.specula.api.spi.Family;
import org.specula.api.spi.ForIterHandler;
import org.specula.api.spi.LoadAttrHandler;
import org.specula.api.spi.LoadGlobalHandler;
import org.specula.api.spi.SpecializedOp;
import org.specula.api.spi.StoreAttrHandler;
import org.specula.api.spi.StoreSubscrHandler;
import org.specula.api.spi.UnpackSequenceHandler;
import org.specula.api.object.DictObject;
import org.specula.core.adaptive.Adaptive;
import org.specula.core.adaptive.Specialized;
import org.specula.core.code.AdaptiveSite;
import org.specula.core.code.CodeObject;
import org.specula.core.code.Opcode;
import org.specula.core.compiler.Assembler;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.Py;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * Compiles a code object's instructions, as they are specialized now, into one JVM method (a
 * {@link CompiledCode} subclass defined as a hidden class): the compiled tier.
 *
 * <p>What it buys: the interpreter runs every instruction through one dispatch loop, where each
 * family's handler call is one JVM call site shared by all the program's sites, so the JIT sees
 * many handler classes there. Here each instruction is straight-line JVM code, the operand stack
 * and the fast locals are JVM locals, and each specialized site calls its own handler, held in a
 * static final field: the JIT knows the handler's class, inlines its guard and its operation, and
 * removes the boxes that do not outlive the site's neighbours.
 *
 * <p>What it keeps: the semantics of the interpreter's cases, instruction by instruction. A
 * specialized site runs exactly what {@link Specialized} does (hit counted, a miss or a faulty
 * result counted and the generic operation run, a plugin fault contained); an adaptive site
 * counts its executions and runs the generic operation. Whatever the tier does not compile (calls
 * of Python functions, returns, exception handling, closures, imports, ...) it leaves to the
 * interpreter: it writes the frame back and returns that instruction's index. A site that
 * changes state (specializes or deoptimizes) drops the code object's compiled code; code still
 * running leaves at its next backward jump, and the code is compiled again once hot.
 *
 * <p>Layout of {@code run(Frame f, int pc)}: an entry switch that loads the locals and the stack
 * from the frame, then one block per instruction in order (a backward jump is a JVM backward
 * jump), then the common exit (write back, {@link TierSupport#exit}) and the common exception
 * handler (write back, {@link TierSupport#thrown}, rethrow). The index of the instruction being
 * run is kept in a JVM local only for the exception handler and the exits.
 */
final class TierCompiler {
    /** Larger code objects are left to the interpreter. */
    static final int MAX_INSTRUCTIONS = 1500;
    /**
     * The largest method made: HotSpot does not JIT-compile a method over 8000 bytes
     * (HugeMethodLimit) unless {@code -XX:-DontCompileHugeMethods} is given (the {@code specula}
     * launcher gives it); then up to 32000.
     */
    static final int MAX_BYTECODE = hugeMethodsCompiled() ? 32000 : 8000;

    private static boolean hugeMethodsCompiled() {
        try {
            return "false".equals(java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("DontCompileHugeMethods").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or no such option: assume the default
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("specula.tier.trace");
    private static final String CLASS = "org/specula/core/interp/Compiled";
    private static final String OBJ = "java/lang/Object";
    private static final String OBJ_D = "Ljava/lang/Object;";
    private static final String FRAME = Type.getInternalName(Frame.class);
    private static final String SUPPORT = Type.getInternalName(TierSupport.class);
    private static final String INTERPRETER = Type.getInternalName(Interpreter.class);
    private static final String SPECIALIZED = Type.getInternalName(Specialized.class);
    private static final String OPS = Type.getInternalName(Ops.class);
    private static final String SITE_D = Type.getDescriptor(AdaptiveSite.class);
    private static final String CODE_D = Type.getDescriptor(CodeObject.class);
    private static final String ADAPTIVE_D = Type.getDescriptor(Adaptive.class);
    private static final String OP_D = Type.getDescriptor(SpecializedOp.class);
    private static final String TICK1 = "(" + ADAPTIVE_D + CODE_D + SITE_D + "I" + OBJ_D + ")V";
    private static final String TICK2 = "(" + ADAPTIVE_D + CODE_D + SITE_D + "I" + OBJ_D + OBJ_D + ")V";
    private static final String TICK3 = "(" + ADAPTIVE_D + CODE_D + SITE_D + "I" + OBJ_D + OBJ_D + OBJ_D + ")V";

    // JVM locals of run(): this, f, pc, then these, then the fast locals, then the operand stack
    // (TMP, the most used, in a slot with one-byte load and store instructions)
    private static final int THIS = 0, F = 1, PC = 2, TMP = 3, ARR = 4, TMP2 = 5, EXC = 6, FIRST_VAR = 7;

    private final CodeObject code;
    private final Adaptive ad;
    private final int counted;
    private final int[] words;
    private final int[] ops;
    private final int[] depth;
    private final int nlocals;
    private final int stackBase;
    private int maxStack;
    private final boolean[] compiles;
    private final boolean[] entries;
    /** Locals that are always bound: arguments no DELETE_FAST unbinds (LOAD_FAST needs no check). */
    private final boolean[] alwaysBound;

    private final List<String> fieldNames = new ArrayList<>();
    private final List<String> fieldTypes = new ArrayList<>();
    private final List<Object> fieldValues = new ArrayList<>();

    private MethodVisitor mv;
    private Label[] at;
    private Label[] exitStub;
    private Label exitCommon;
    private Label[] siteStart, siteEnd, siteCatch;
    private final SpecializedOp[] handlers;

    private TierCompiler(CodeObject code, Adaptive ad) {
        this.code = code;
        this.ad = ad;
        this.counted = ad.countedFamilies();
        this.words = code.instructions.clone();
        int n = words.length;
        this.ops = new int[n];
        for (int i = 0; i < n; i++) ops[i] = Opcode.deopt(Opcode.opcodeOf(words[i]));
        this.depth = new int[n];
        this.nlocals = code.varnames.length;
        this.stackBase = nlocals;
        this.compiles = new boolean[n];
        this.entries = new boolean[n];
        this.handlers = new SpecializedOp[n];
        this.alwaysBound = new boolean[nlocals];
        int nargs = Math.min(code.totalArgs(), nlocals);
        for (int i = 0; i < nargs; i++) alwaysBound[i] = true;
        for (int i = 0; i < n; i++) {
            if (ops[i] == Opcode.DELETE_FAST) alwaysBound[Opcode.argOf(words[i])] = false;
        }
    }

    /**
     * The compiled code of a function, or null when the tier leaves it to the interpreter (a module
     * or class body, a generator, a code object too large, or one with no place to enter).
     */
    static CompiledCode compile(CodeObject code, Adaptive ad) {
        if ((code.flags & CodeObject.CO_OPTIMIZED) == 0 || (code.flags & CodeObject.CO_GENERATOR) != 0) return null;
        if (code.instructions.length == 0 || code.instructions.length > MAX_INSTRUCTIONS) return null;
        TierCompiler c = new TierCompiler(code, ad);
        if (!c.analyse()) return null;
        byte[] bytes = c.generate();
        if (bytes == null) return null;
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup()
                    .defineHiddenClassWithClassData(bytes, c.fieldValues.toArray(), true);
            return (CompiledCode) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class, boolean[].class, CodeObject.class, Adaptive.class,
                            SpecializedOp[].class)).invoke(c.entries, code, ad, c.handlers);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("compiled code for " + code.qualname + " could not be made", t);
        }
    }

    // ------------------------------------------------------------------ analysis

    /** Stack depths by flow from the start, what compiles, where the interpreter may enter. */
    private boolean analyse() {
        int n = words.length;
        Arrays.fill(depth, -1);
        Deque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        boolean[] backTarget = new boolean[n];
        int max = 0;
        while (!work.isEmpty()) {
            int pc = work.pop();
            int op = ops[pc], arg = Opcode.argOf(words[pc]);
            int d = depth[pc];
            int next = d + Assembler.stackEffect(op, arg, false);
            if (next < 0) return false;
            max = Math.max(max, next);
            if (Opcode.isJump(op)) {
                int td = d + Assembler.stackEffect(op, arg, true);
                max = Math.max(max, td);
                if (arg <= pc) backTarget[arg] = true;
                if (!reach(work, arg, td)) return false;
            }
            if (!noFallthrough(op) && pc + 1 < n && !reach(work, pc + 1, next)) return false;
        }
        if (max > code.stacksize + 1) return false;
        maxStack = Math.max(max, 1);
        boolean any = false;
        for (int pc = 0; pc < n; pc++) {
            if (depth[pc] < 0) continue;
            compiles[pc] = compilable(pc);
            boolean enter = pc == 0 || backTarget[pc] || ops[pc - 1] == Opcode.CALL;
            entries[pc] = enter && compiles[pc];
            any |= entries[pc];
        }
        return any;
    }

    private boolean reach(Deque<Integer> work, int pc, int d) {
        if (pc < 0 || pc >= words.length) return false;
        if (depth[pc] < 0) {
            depth[pc] = d;
            work.push(pc);
            return true;
        }
        return depth[pc] == d;
    }

    private static boolean noFallthrough(int op) {
        return op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE
                || op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    private boolean counts(int family) {
        return (counted & (1 << family)) != 0;
    }

    /** The site's handler when the instruction is in its specialized form, else null (records it). */
    private SpecializedOp handler(int pc) {
        int op = Opcode.opcodeOf(words[pc]);
        AdaptiveSite s = code.sites[pc];
        if (op < Opcode.FIRST_SPECIALIZED || s == null) return null;
        SpecializedOp h = s.handler;
        return h;
    }

    private boolean compilable(int pc) {
        int op = ops[pc];
        boolean specialized = Opcode.opcodeOf(words[pc]) >= Opcode.FIRST_SPECIALIZED;
        SpecializedOp h = specialized ? handler(pc) : null;
        handlers[pc] = h;
        switch (op) {
            case Opcode.NOP, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP, Opcode.UNARY_POSITIVE,
                 Opcode.UNARY_NEGATIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT, Opcode.IS_OP, Opcode.DELETE_SUBSCR,
                 Opcode.BUILD_SLICE, Opcode.LOAD_CONST, Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.BUILD_TUPLE,
                 Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.GET_ITER, Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD,
                 Opcode.JUMP_BACKWARD_NO_INTERRUPT, Opcode.POP_JUMP_FORWARD_IF_FALSE, Opcode.POP_JUMP_FORWARD_IF_TRUE,
                 Opcode.POP_JUMP_FORWARD_IF_NONE, Opcode.POP_JUMP_FORWARD_IF_NOT_NONE,
                 Opcode.POP_JUMP_BACKWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_TRUE,
                 Opcode.POP_JUMP_BACKWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE,
                 Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP, Opcode.LOAD_DEREF, Opcode.STORE_DEREF,
                 Opcode.LOAD_CLOSURE, Opcode.MAKE_FUNCTION, Opcode.BUILD_SET, Opcode.BUILD_MAP,
                 Opcode.BUILD_CONST_KEY_MAP, Opcode.BUILD_STRING, Opcode.FORMAT_VALUE, Opcode.UNPACK_EX,
                 Opcode.CALL_FUNCTION_EX, Opcode.LIST_EXTEND, Opcode.LIST_TO_TUPLE, Opcode.SET_ADD, Opcode.MAP_ADD,
                 Opcode.RAISE_VARARGS, Opcode.LOAD_ASSERTION_ERROR, Opcode.BEFORE_WITH, Opcode.RETURN_VALUE:
                return true;
            case Opcode.KW_NAMES:
                // compiled only with its CALL, which takes the names (the interpreter's CALL needs KW_NAMES run)
                return pc + 1 < ops.length && ops[pc + 1] == Opcode.CALL && callCompiles(pc + 1);
            case Opcode.BINARY_OP, Opcode.COMPARE_OP, Opcode.CONTAINS_OP, Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR,
                 Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.LOAD_GLOBAL, Opcode.FOR_ITER, Opcode.UNPACK_SEQUENCE:
                // a specialized site whose handler is not of its family's type runs the generic form in
                // the interpreter (as Specialized does); the tier leaves such a site to it
                return !specialized || Family.values()[Opcode.familyOf(op)].handlerType().isInstance(h);
            case Opcode.LOAD_METHOD:
                return !specialized;
            case Opcode.CALL:
                return callCompiles(pc);
            default:
                return false;
        }
    }

    /** A CALL compiles unless a plugin serves CALL (then the interpreter calls, counting and specializing). */
    private boolean callCompiles(int pc) {
        return Opcode.opcodeOf(words[pc]) < Opcode.FIRST_SPECIALIZED && !counts(Family.CALL.ordinal());
    }

    // ------------------------------------------------------------------ generation

    private byte[] generate() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return OBJ; // every merged value is used as an Object
            }
        };
        String superName = Type.getInternalName(CompiledCode.class);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, CLASS, null, superName, null);
        String ctor = "([Z" + CODE_D + ADAPTIVE_D + "[" + OP_D + ")V";
        MethodVisitor init = cw.visitMethod(0, "<init>", ctor, null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitVarInsn(ALOAD, 2);
        init.visitVarInsn(ALOAD, 3);
        init.visitVarInsn(ALOAD, 4);
        init.visitMethodInsn(INVOKESPECIAL, superName, "<init>", ctor, false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        constant("CODE", CODE_D, code);
        constant("AD", ADAPTIVE_D, ad);
        int[] depths = depth.clone();
        for (int i = 0; i < depths.length; i++) depths[i] = Math.max(0, depths[i]);
        constant("DEPTHS", "[I", depths);

        mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + FRAME + ";I)I", null, null);
        mv.visitCode();
        int n = words.length;
        at = new Label[n];
        exitStub = new Label[n];
        siteStart = new Label[n];
        siteEnd = new Label[n];
        siteCatch = new Label[n];
        for (int pc = 0; pc < n; pc++) at[pc] = new Label();
        exitCommon = new Label();
        Label bodyStart = new Label(), bodyEnd = new Label(), thrown = new Label();
        // handler faults first: the JVM takes the first matching entry of the exception table
        for (int pc = 0; pc < n; pc++) {
            if (compiles[pc] && handlers[pc] != null) {
                siteStart[pc] = new Label();
                siteEnd[pc] = new Label();
                siteCatch[pc] = new Label();
                mv.visitTryCatchBlock(siteStart[pc], siteEnd[pc], siteCatch[pc], "java/lang/RuntimeException");
                mv.visitTryCatchBlock(siteStart[pc], siteEnd[pc], siteCatch[pc], "java/lang/Error");
            }
        }
        mv.visitTryCatchBlock(bodyStart, bodyEnd, thrown, "java/lang/Throwable");

        prologue();
        mv.visitLabel(bodyStart);
        for (int pc = 0; pc < n; pc++) {
            if (depth[pc] < 0) continue;
            mv.visitLabel(at[pc]);
            if (compiles[pc]) {
                instruction(pc);
            } else {
                exitHere(pc);
            }
        }
        mv.visitLabel(bodyEnd);
        for (int pc = 0; pc < n; pc++) {
            if (exitStub[pc] != null) {
                mv.visitLabel(exitStub[pc]);
                exitHere(pc);
            }
        }
        // the common exit: the frame gets the locals and stack, the interpreter runs instruction PC
        mv.visitLabel(exitCommon);
        writeBack();
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, PC);
        depthOfPc();
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "exit", "(L" + FRAME + ";II)V", false);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitInsn(IRETURN);
        // the exception handler: the same, then the exception goes on to the interpreter
        mv.visitLabel(thrown);
        mv.visitVarInsn(ASTORE, EXC);
        writeBack();
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, PC);
        depthOfPc();
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "thrown", "(L" + FRAME + ";II)V", false);
        mv.visitVarInsn(ALOAD, EXC);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Throwable");
        mv.visitInsn(ATHROW);
        Label end = new Label();
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (TRACE) System.err.println("[tier] " + code.qualname + ": " + end.getOffset() + " bytes of JVM code");
        if (end.getOffset() > MAX_BYTECODE) return null;

        classInitializer(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private void prologue() {
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "stack", "[" + OBJ_D);
        mv.visitVarInsn(ASTORE, ARR);
        for (int i = 0; i < nlocals; i++) {
            mv.visitVarInsn(ALOAD, ARR);
            push(i);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, local(i));
        }
        for (int j = 0; j < maxStack; j++) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, slot(j));
        }
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, TMP2);
        List<Integer> keys = new ArrayList<>();
        for (int pc = 0; pc < entries.length; pc++) if (entries[pc]) keys.add(pc);
        int[] k = keys.stream().mapToInt(Integer::intValue).toArray();
        Label[] targets = new Label[k.length];
        for (int i = 0; i < k.length; i++) targets[i] = new Label();
        Label dflt = new Label();
        mv.visitVarInsn(ILOAD, PC);
        mv.visitLookupSwitchInsn(dflt, k, targets);
        for (int i = 0; i < k.length; i++) {
            mv.visitLabel(targets[i]);
            for (int j = 0; j < depth[k[i]]; j++) {
                mv.visitVarInsn(ALOAD, ARR);
                push(stackBase + j);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, slot(j));
            }
            mv.visitJumpInsn(GOTO, at[k[i]]);
        }
        mv.visitLabel(dflt);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitInsn(IRETURN);
    }

    /** Locals and operand stack into the frame's array (the stack slots past the depth are cleared after). */
    private void writeBack() {
        for (int i = 0; i < nlocals; i++) {
            mv.visitVarInsn(ALOAD, ARR);
            push(i);
            mv.visitVarInsn(ALOAD, local(i));
            mv.visitInsn(AASTORE);
        }
        for (int j = 0; j < maxStack; j++) {
            mv.visitVarInsn(ALOAD, ARR);
            push(stackBase + j);
            mv.visitVarInsn(ALOAD, slot(j));
            mv.visitInsn(AASTORE);
        }
    }

    private void depthOfPc() {
        getConstant("DEPTHS");
        mv.visitVarInsn(ILOAD, PC);
        mv.visitInsn(IALOAD);
    }

    private void classInitializer(ClassWriter cw) {
        for (int i = 0; i < fieldNames.size(); i++) {
            cw.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, fieldNames.get(i), fieldTypes.get(i), null, null).visitEnd();
        }
        MethodVisitor m = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        m.visitCode();
        m.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        m.visitLdcInsn("_");
        m.visitLdcInsn(Type.getType("[" + OBJ_D));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)" + OBJ_D, false);
        m.visitTypeInsn(CHECKCAST, "[" + OBJ_D);
        m.visitVarInsn(ASTORE, 0);
        for (int i = 0; i < fieldNames.size(); i++) {
            m.visitVarInsn(ALOAD, 0);
            push(m, i);
            m.visitInsn(AALOAD);
            String t = fieldTypes.get(i);
            m.visitTypeInsn(CHECKCAST, t.startsWith("[") ? t : t.substring(1, t.length() - 1));
            m.visitFieldInsn(PUTSTATIC, CLASS, fieldNames.get(i), t);
        }
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    // ------------------------------------------------------------------ instructions

    private void instruction(int pc) {
        int op = ops[pc];
        int arg = Opcode.argOf(words[pc]);
        int d = depth[pc];
        SpecializedOp h = handlers[pc];
        if (mayThrow(op)) {
            push(pc);
            mv.visitVarInsn(ISTORE, PC);
        }
        switch (op) {
            case Opcode.NOP -> { }
            case Opcode.POP_TOP -> {
                load(d - 1);
                support("popped", "(" + OBJ_D + ")V");
            }
            case Opcode.PUSH_NULL -> {
                mv.visitInsn(ACONST_NULL);
                store(d);
            }
            case Opcode.COPY -> {
                load(d - arg);
                store(d);
            }
            case Opcode.SWAP -> {
                load(d - 1);
                mv.visitVarInsn(ASTORE, TMP);
                load(d - arg);
                store(d - 1);
                mv.visitVarInsn(ALOAD, TMP);
                store(d - arg);
            }
            case Opcode.UNARY_POSITIVE -> unary(d, OPS, "positive");
            case Opcode.UNARY_NEGATIVE -> unary(d, OPS, "negative");
            case Opcode.UNARY_INVERT -> unary(d, OPS, "invert");
            case Opcode.UNARY_NOT -> unary(d, SUPPORT, "not");
            case Opcode.BINARY_OP -> binary(pc, arg, d, h, BinaryOpHandler.class, "apply", () -> {
                push(arg);
                load(d - 2);
                load(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "binaryOp", "(I" + OBJ_D + OBJ_D + ")" + OBJ_D, false);
            });
            case Opcode.COMPARE_OP -> binary(pc, arg, d, h, CompareOpHandler.class, "apply", () -> {
                push(arg);
                load(d - 2);
                load(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "compare", "(I" + OBJ_D + OBJ_D + ")" + OBJ_D, false);
            });
            case Opcode.BINARY_SUBSCR -> binary(pc, arg, d, h, BinarySubscrHandler.class, "apply", () -> {
                load(d - 2);
                load(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "getItem", "(" + OBJ_D + OBJ_D + ")" + OBJ_D, false);
            });
            case Opcode.CONTAINS_OP -> containsOp(pc, arg, d, h);
            case Opcode.IS_OP -> {
                load(d - 2);
                load(d - 1);
                push(arg);
                support("is", "(" + OBJ_D + OBJ_D + "I)" + OBJ_D);
                store(d - 2);
            }
            case Opcode.STORE_SUBSCR -> storeSubscr(pc, arg, d, h);
            case Opcode.DELETE_SUBSCR -> {
                load(d - 2);
                load(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "delItem", "(" + OBJ_D + OBJ_D + ")V", false);
            }
            case Opcode.BUILD_SLICE -> {
                if (arg == 3) {
                    load(d - 3);
                    load(d - 2);
                    load(d - 1);
                } else {
                    load(d - 2);
                    load(d - 1);
                    getPyNone();
                }
                support("slice", "(" + OBJ_D + OBJ_D + OBJ_D + ")" + OBJ_D);
                store(d - arg);
            }
            case Opcode.LOAD_CONST -> {
                getConstant(constant("K" + arg, OBJ_D, code.consts[arg]));
                store(d);
            }
            case Opcode.LOAD_FAST -> {
                if (!alwaysBound[arg]) {
                    mv.visitVarInsn(ALOAD, local(arg));
                    mv.visitJumpInsn(IFNULL, exitTo(pc)); // unbound: the interpreter raises
                }
                mv.visitVarInsn(ALOAD, local(arg));
                store(d);
            }
            case Opcode.STORE_FAST -> {
                load(d - 1);
                mv.visitVarInsn(ASTORE, local(arg));
            }
            case Opcode.LOAD_GLOBAL -> loadGlobal(pc, arg, d, h);
            case Opcode.LOAD_ATTR -> loadAttr(pc, arg, d, h);
            case Opcode.STORE_ATTR -> storeAttr(pc, arg, d, h);
            case Opcode.LOAD_METHOD -> loadMethod(pc, arg, d);
            case Opcode.CALL -> call(pc, arg, d);
            case Opcode.BUILD_TUPLE, Opcode.BUILD_LIST -> {
                push(arg);
                mv.visitTypeInsn(ANEWARRAY, OBJ);
                for (int k = 0; k < arg; k++) {
                    mv.visitInsn(DUP);
                    push(k);
                    load(d - arg + k);
                    mv.visitInsn(AASTORE);
                }
                support(op == Opcode.BUILD_TUPLE ? "tuple" : "list", "([" + OBJ_D + ")" + OBJ_D);
                store(d - arg);
            }
            case Opcode.LIST_APPEND -> {
                load(d - 1 - arg);
                load(d - 1);
                support("listAppend", "(" + OBJ_D + OBJ_D + ")V");
            }
            case Opcode.GET_ITER -> unary(d, OPS, "iter");
            case Opcode.FOR_ITER -> forIter(pc, arg, d, h);
            case Opcode.UNPACK_SEQUENCE -> unpack(pc, arg, d, h);
            case Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT -> mv.visitJumpInsn(GOTO, at[arg]);
            case Opcode.JUMP_BACKWARD -> backEdge(arg);
            case Opcode.POP_JUMP_FORWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_FALSE,
                 Opcode.POP_JUMP_FORWARD_IF_TRUE, Opcode.POP_JUMP_BACKWARD_IF_TRUE -> {
                boolean ifTrue = op == Opcode.POP_JUMP_FORWARD_IF_TRUE || op == Opcode.POP_JUMP_BACKWARD_IF_TRUE;
                Label target = jumpTarget(op, arg);
                Label fall = new Label();
                load(d - 1);
                mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", ifTrue ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
                mv.visitJumpInsn(IF_ACMPEQ, target);
                load(d - 1);
                mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", ifTrue ? "FALSE" : "TRUE", "Ljava/lang/Boolean;");
                mv.visitJumpInsn(IF_ACMPEQ, fall);
                load(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "isTrue", "(" + OBJ_D + ")Z", false);
                mv.visitJumpInsn(ifTrue ? IFNE : IFEQ, target);
                mv.visitLabel(fall);
            }
            case Opcode.POP_JUMP_FORWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NONE,
                 Opcode.POP_JUMP_FORWARD_IF_NOT_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                boolean ifNone = op == Opcode.POP_JUMP_FORWARD_IF_NONE || op == Opcode.POP_JUMP_BACKWARD_IF_NONE;
                load(d - 1);
                getPyNone();
                mv.visitJumpInsn(ifNone ? IF_ACMPEQ : IF_ACMPNE, jumpTarget(op, arg));
            }
            case Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP -> {
                load(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "isTrue", "(" + OBJ_D + ")Z", false);
                mv.visitJumpInsn(op == Opcode.JUMP_IF_TRUE_OR_POP ? IFNE : IFEQ, at[arg]);
            }
            case Opcode.LOAD_DEREF -> {
                mv.visitVarInsn(ALOAD, F);
                push(arg);
                support("deref", "(L" + FRAME + ";I)" + OBJ_D);
                mv.visitVarInsn(ASTORE, TMP);
                mv.visitVarInsn(ALOAD, TMP);
                mv.visitJumpInsn(IFNULL, exitTo(pc)); // unbound: the interpreter raises
                mv.visitVarInsn(ALOAD, TMP);
                store(d);
            }
            case Opcode.STORE_DEREF -> {
                mv.visitVarInsn(ALOAD, F);
                push(arg);
                load(d - 1);
                support("setDeref", "(L" + FRAME + ";I" + OBJ_D + ")V");
            }
            case Opcode.LOAD_CLOSURE -> {
                mv.visitVarInsn(ALOAD, F);
                push(arg);
                support("cell", "(L" + FRAME + ";I)" + OBJ_D);
                store(d);
            }
            case Opcode.MAKE_FUNCTION -> arrayOp(pc, d, "makeFunction", true);
            case Opcode.BUILD_SET -> arrayOp(pc, d, "buildSet", false);
            case Opcode.BUILD_MAP -> arrayOp(pc, d, "buildMap", false);
            case Opcode.BUILD_CONST_KEY_MAP -> arrayOp(pc, d, "buildConstKeyMap", false);
            case Opcode.BUILD_STRING -> arrayOp(pc, d, "buildString", false);
            case Opcode.FORMAT_VALUE -> arrayOp(pc, d, "formatValue", false);
            case Opcode.UNPACK_EX -> arrayOp(pc, d, "unpackEx", false);
            case Opcode.CALL_FUNCTION_EX -> arrayOp(pc, d, "callFunctionEx", false);
            case Opcode.BEFORE_WITH -> arrayOp(pc, d, "beforeWith", false);
            case Opcode.LIST_EXTEND -> {
                load(d - 1 - arg);
                load(d - 1);
                support("listExtend", "(" + OBJ_D + OBJ_D + ")V");
            }
            case Opcode.LIST_TO_TUPLE -> unary(d, SUPPORT, "listToTuple");
            case Opcode.SET_ADD -> {
                load(d - 1 - arg);
                load(d - 1);
                support("setAdd", "(" + OBJ_D + OBJ_D + ")V");
            }
            case Opcode.MAP_ADD -> {
                load(d - 2 - arg);
                load(d - 2);
                load(d - 1);
                support("mapAdd", "(" + OBJ_D + OBJ_D + OBJ_D + ")V");
            }
            case Opcode.KW_NAMES -> { } // the CALL after it takes the names from the constant
            case Opcode.RETURN_VALUE -> returnValue(pc, d);
            case Opcode.RAISE_VARARGS -> {
                writeStack(d);
                mv.visitVarInsn(ALOAD, ARR);
                push(stackBase + d);
                push(arg);
                support("raise", "([" + OBJ_D + "II)" + Type.getDescriptor(org.specula.core.runtime.PyException.class));
                mv.visitInsn(ATHROW);
            }
            case Opcode.LOAD_ASSERTION_ERROR -> {
                mv.visitFieldInsn(GETSTATIC, Type.getInternalName(org.specula.core.runtime.Errors.class), "AssertionError",
                        Type.getDescriptor(org.specula.core.runtime.PyType.class));
                store(d);
            }
            default -> throw new IllegalStateException("not compiled: " + Opcode.name(op));
        }
    }

    /** The first d stack slots into the frame's array (for an operation on the array). */
    private void writeStack(int d) {
        for (int j = 0; j < d; j++) {
            mv.visitVarInsn(ALOAD, ARR);
            push(stackBase + j);
            load(j);
            mv.visitInsn(AASTORE);
        }
    }

    /**
     * An instruction the interpreter runs with one of its helpers on the operand stack array
     * ({@code sp = helper(stack, sp, arg)}): the stack goes to the array, the helper runs, the
     * instruction's result comes back.
     */
    private void arrayOp(int pc, int d, String helper, boolean withFrame) {
        int op = ops[pc], arg = Opcode.argOf(words[pc]);
        writeStack(d);
        mv.visitVarInsn(ALOAD, ARR);
        push(stackBase + d);
        push(arg);
        if (withFrame) mv.visitVarInsn(ALOAD, F);
        mv.visitMethodInsn(INVOKESTATIC, INTERPRETER, helper,
                "([" + OBJ_D + "II" + (withFrame ? "L" + FRAME + ";" : "") + ")I", false);
        mv.visitInsn(POP);
        int after = d + Assembler.stackEffect(op, arg, false);
        // what the instruction pushed: its one result, UNPACK_EX's values, or BEFORE_WITH's __exit__ and value
        int pushed = op == Opcode.UNPACK_EX ? (arg & 0xFF) + (arg >> 8) + 1 : op == Opcode.BEFORE_WITH ? 2 : 1;
        for (int j = after - pushed; j < after; j++) {
            mv.visitVarInsn(ALOAD, ARR);
            push(stackBase + j);
            mv.visitInsn(AALOAD);
            store(j);
        }
    }

    /** Instructions that cannot raise need no index for the exception handler. */
    private static boolean mayThrow(int op) {
        return switch (op) {
            case Opcode.NOP, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP, Opcode.LOAD_CONST, Opcode.LOAD_FAST,
                 Opcode.STORE_FAST, Opcode.KW_NAMES, Opcode.RETURN_VALUE, Opcode.LOAD_CLOSURE, Opcode.LOAD_ASSERTION_ERROR, Opcode.LOAD_DEREF,
                 Opcode.STORE_DEREF, Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT,
                 Opcode.POP_JUMP_FORWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NONE,
                 Opcode.POP_JUMP_FORWARD_IF_NOT_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE -> false;
            default -> true;
        };
    }

    private boolean isBackward(int op) {
        return op == Opcode.POP_JUMP_BACKWARD_IF_FALSE || op == Opcode.POP_JUMP_BACKWARD_IF_TRUE
                || op == Opcode.POP_JUMP_BACKWARD_IF_NONE || op == Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE;
    }

    /** A conditional jump's target: a backward one first checks the compiled code is still current. */
    private Label jumpTarget(int op, int target) {
        if (!isBackward(op)) return at[target];
        Label check = new Label();
        Label over = new Label();
        mv.visitJumpInsn(GOTO, over);
        mv.visitLabel(check);
        backEdge(target);
        mv.visitLabel(over);
        return check;
    }

    /**
     * A backward jump: on, unless a site changed state since this code was compiled (the code
     * object no longer holds this code); then the interpreter takes over at the loop head.
     */
    private void backEdge(int target) {
        getConstant("CODE");
        mv.visitFieldInsn(GETFIELD, Type.getInternalName(CodeObject.class), "compiled", Type.getDescriptor(CompiledCode.class));
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitJumpInsn(IF_ACMPNE, exitTo(target));
        mv.visitJumpInsn(GOTO, at[target]);
    }

    private void unary(int d, String owner, String name) {
        load(d - 1);
        mv.visitMethodInsn(INVOKESTATIC, owner, name, "(" + OBJ_D + ")" + OBJ_D, false);
        store(d - 1);
    }

    private void binary(int pc, int arg, int d, SpecializedOp h, Class<?> iface, String method, Runnable generic) {
        resultSite(pc, arg, h, iface, method, d - 2, generic, d - 2, d - 1);
    }

    /**
     * A site whose handler computes the instruction's result from the operands (slots, also
     * what an adaptive site counts): the handler's result unless it is MISS or null, else the
     * generic operation (which leaves its result on the JVM stack); stored at slot into.
     */
    private void resultSite(int pc, int arg, SpecializedOp h, Class<?> iface, String method, int into, Runnable generic,
                            int... operands) {
        if (h == null) {
            tick(pc, arg, operands);
            generic.run();
            store(into);
            return;
        }
        Label miss = new Label(), gen = new Label(), done = new Label();
        callHandler(pc, h, iface, method, "(" + OBJ_D.repeat(operands.length) + ")" + OBJ_D, operands);
        mv.visitVarInsn(ASTORE, TMP);
        usableOrMiss(miss);
        hit(pc);
        mv.visitVarInsn(ALOAD, TMP);
        store(into);
        mv.visitJumpInsn(GOTO, done);
        slowPaths(pc, h, miss, gen, 0);
        tick(pc, arg, operands);
        generic.run();
        store(into);
        mv.visitLabel(done);
    }

    /**
     * A store site (STORE_SUBSCR, STORE_ATTR): the handler stores and returns true, or returns
     * false (a miss: counted as {@code Specialized} counts a store's miss) and the generic store
     * runs.
     */
    private void storeSite(int pc, int arg, SpecializedOp h, Class<?> iface, Runnable generic, int... operands) {
        if (h == null) {
            tick(pc, arg, operands);
            generic.run();
            return;
        }
        Label miss = new Label(), gen = new Label(), done = new Label(), rejected = new Label();
        callHandler(pc, h, iface, "store", "(" + OBJ_D.repeat(operands.length) + ")Z", operands);
        mv.visitJumpInsn(IFEQ, miss);
        hit(pc);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(miss);
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitJumpInsn(GOTO, rejected);
        slowPaths(pc, h, rejected, gen, 0);
        tick(pc, arg, operands);
        generic.run();
        mv.visitLabel(done);
    }

    private void containsOp(int pc, int arg, int d, SpecializedOp h) {
        Runnable generic = () -> {
            load(d - 2);
            load(d - 1);
            push(arg);
            support("contains", "(" + OBJ_D + OBJ_D + "I)" + OBJ_D);
            store(d - 2);
        };
        if (h == null) {
            tick(pc, arg, d - 2, d - 1);
            generic.run();
            return;
        }
        Label miss = new Label(), gen = new Label(), done = new Label(), ok = new Label();
        callHandler(pc, h, ContainsOpHandler.class, "apply", "(" + OBJ_D + OBJ_D + ")" + OBJ_D, d - 2, d - 1);
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
        mv.visitJumpInsn(IF_ACMPEQ, ok);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
        mv.visitJumpInsn(IF_ACMPNE, miss);
        mv.visitLabel(ok);
        hit(pc);
        mv.visitVarInsn(ALOAD, TMP);
        push(arg);
        support("containsResult", "(" + OBJ_D + "I)" + OBJ_D);
        store(d - 2);
        mv.visitJumpInsn(GOTO, done);
        slowPaths(pc, h, miss, gen, 0);
        tick(pc, arg, d - 2, d - 1);
        generic.run();
        mv.visitLabel(done);
    }

    private void storeSubscr(int pc, int arg, int d, SpecializedOp h) {
        // stack: value, container, key (top); handler and tick take (container, key, value)
        storeSite(pc, arg, h, StoreSubscrHandler.class, () -> {
            load(d - 2);
            load(d - 1);
            load(d - 3);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "setItem", "(" + OBJ_D + OBJ_D + OBJ_D + ")V", false);
        }, d - 2, d - 1, d - 3);
    }

    private void loadGlobal(int pc, int arg, int d, SpecializedOp h) {
        String name = code.names[arg >>> 1];
        int into = (arg & 1) != 0 ? d + 1 : d;
        Runnable generic = () -> {
            mv.visitVarInsn(ALOAD, F);
            getConstant(constant("N" + (arg >>> 1), "Ljava/lang/String;", name));
            support("loadGlobal", "(L" + FRAME + ";Ljava/lang/String;)" + OBJ_D);
            mv.visitVarInsn(ASTORE, TMP);
            mv.visitVarInsn(ALOAD, TMP);
            mv.visitJumpInsn(IFNULL, exitTo(pc)); // not found: the interpreter raises the NameError
            mv.visitVarInsn(ALOAD, TMP);
            store(into);
        };
        if ((arg & 1) != 0) {
            mv.visitInsn(ACONST_NULL);
            store(d);
        }
        Runnable tick = () -> {
            if (code.sites[pc] != null && counts(code.sites[pc].family)) {
                tickPrefix(pc, arg);
                globalsAndBuiltins();
                mv.visitMethodInsn(INVOKESTATIC, INTERPRETER, "tick", TICK2, false);
            }
        };
        if (h == null) {
            tick.run();
            generic.run();
            return;
        }
        Label miss = new Label(), gen = new Label(), done = new Label();
        String dict = Type.getDescriptor(DictObject.class);
        getConstant(handlerField(pc, h, LoadGlobalHandler.class));
        globalsAndBuiltins();
        mv.visitLabel(siteStart[pc]);
        mv.visitMethodInsn(INVOKEINTERFACE, Type.getInternalName(LoadGlobalHandler.class), "load",
                "(" + dict + dict + ")" + OBJ_D, true);
        mv.visitLabel(siteEnd[pc]);
        mv.visitVarInsn(ASTORE, TMP);
        usableOrMiss(miss);
        hit(pc);
        mv.visitVarInsn(ALOAD, TMP);
        store(into);
        mv.visitJumpInsn(GOTO, done);
        slowPaths(pc, h, miss, gen, 0);
        tick.run();
        generic.run();
        mv.visitLabel(done);
    }

    private void globalsAndBuiltins() {
        String dict = "Lorg/specula/core/runtime/PyDict;";
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "globals", dict);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "builtins", dict);
    }

    private void loadAttr(int pc, int arg, int d, SpecializedOp h) {
        String nameField = constant("N" + arg, "Ljava/lang/String;", code.names[arg]);
        resultSite(pc, arg, h, LoadAttrHandler.class, "load", d - 1, () -> {
            load(d - 1);
            getConstant(nameField);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "getAttr", "(" + OBJ_D + "Ljava/lang/String;)" + OBJ_D, false);
        }, d - 1);
    }

    private void storeAttr(int pc, int arg, int d, SpecializedOp h) {
        // stack: value, owner (top); handler and tick take (owner, value)
        String nameField = constant("N" + arg, "Ljava/lang/String;", code.names[arg]);
        storeSite(pc, arg, h, StoreAttrHandler.class, () -> {
            load(d - 1);
            getConstant(nameField);
            load(d - 2);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "setAttr", "(" + OBJ_D + "Ljava/lang/String;" + OBJ_D + ")V", false);
        }, d - 1, d - 2);
    }

    private void loadMethod(int pc, int arg, int d) {
        String nameField = constant("N" + arg, "Ljava/lang/String;", code.names[arg]);
        tick(pc, arg, d - 1);
        Label attr = new Label(), done = new Label();
        load(d - 1);
        getConstant(nameField);
        support("lookupMethod", "(" + OBJ_D + "Ljava/lang/String;)" + OBJ_D);
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitJumpInsn(IFNULL, attr);
        load(d - 1);
        store(d);
        mv.visitVarInsn(ALOAD, TMP);
        store(d - 1);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(attr);
        load(d - 1);
        getConstant(nameField);
        mv.visitMethodInsn(INVOKESTATIC, OPS, "getAttr", "(" + OBJ_D + "Ljava/lang/String;)" + OBJ_D, false);
        store(d);
        mv.visitInsn(ACONST_NULL);
        store(d - 1);
        mv.visitLabel(done);
    }

    private void call(int pc, int arg, int d) {
        int base = d - arg - 2;
        boolean kw = pc > 0 && ops[pc - 1] == Opcode.KW_NAMES;
        // the operands go to the frame's array, where the interpreter's call paths take them
        for (int j = base; j < d; j++) {
            mv.visitVarInsn(ALOAD, ARR);
            push(stackBase + j);
            load(j);
            mv.visitInsn(AASTORE);
        }
        mv.visitVarInsn(ALOAD, F);
        push(stackBase + base);
        push(arg);
        if (kw) {
            int k = Opcode.argOf(words[pc - 1]);
            getConstant(constant("KW" + k, "[Ljava/lang/String;", Interpreter.kwNames(code.consts[k])));
        } else {
            mv.visitInsn(ACONST_NULL);
        }
        push(pc + 1 < ops.length && ops[pc + 1] == Opcode.GET_ITER ? 1 : 0);
        mv.visitMethodInsn(INVOKESTATIC, INTERPRETER, "callFromCompiled",
                "(L" + FRAME + ";II[Ljava/lang/String;Z)" + OBJ_D, false);
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitFieldInsn(GETSTATIC, SUPPORT, "INTERPRET", OBJ_D);
        // the interpreter makes the call (from its KW_NAMES, which sets the names for it)
        mv.visitJumpInsn(IF_ACMPEQ, exitTo(kw ? pc - 1 : pc));
        mv.visitVarInsn(ALOAD, TMP);
        store(base);
    }

    /**
     * RETURN_VALUE: the interpreter returns, from the frame's stack; the frame is done, so its
     * locals are not written back.
     */
    private void returnValue(int pc, int d) {
        mv.visitVarInsn(ALOAD, ARR);
        push(stackBase + d - 1);
        load(d - 1);
        mv.visitInsn(AASTORE);
        mv.visitVarInsn(ALOAD, F);
        push(stackBase + d);
        mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
        push(pc);
        mv.visitInsn(IRETURN);
    }

    private void forIter(int pc, int arg, int d, SpecializedOp h) {
        Runnable generic = () -> {
            load(d - 1);
            mv.visitMethodInsn(INVOKESTATIC, OPS, "next", "(" + OBJ_D + ")" + OBJ_D, false);
            mv.visitVarInsn(ASTORE, TMP);
            mv.visitVarInsn(ALOAD, TMP);
            mv.visitJumpInsn(IFNULL, at[arg]);
            mv.visitVarInsn(ALOAD, TMP);
            store(d);
        };
        if (h == null) {
            tick(pc, arg, d - 1);
            generic.run();
            return;
        }
        Label miss = new Label(), gen = new Label(), done = new Label(), exhausted = new Label();
        callHandler(pc, h, ForIterHandler.class, "next", "(" + OBJ_D + ")" + OBJ_D, d - 1);
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitFieldInsn(GETSTATIC, Type.getInternalName(ForIterHandler.class), "EXHAUSTED", OBJ_D);
        mv.visitJumpInsn(IF_ACMPEQ, exhausted);
        usableOrMiss(miss);
        hit(pc);
        mv.visitVarInsn(ALOAD, TMP);
        store(d);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(exhausted);
        hit(pc);
        mv.visitJumpInsn(GOTO, at[arg]);
        slowPaths(pc, h, miss, gen, 0);
        tick(pc, arg, d - 1);
        generic.run();
        mv.visitLabel(done);
    }

    private void unpack(int pc, int n, int d, SpecializedOp h) {
        Label spread = new Label();
        Runnable generic = () -> {
            load(d - 1);
            push(n);
            support("unpack", "(" + OBJ_D + "I)[" + OBJ_D);
            mv.visitVarInsn(ASTORE, TMP);
        };
        if (h == null) {
            tick(pc, n, d - 1);
            generic.run();
        } else {
            Label miss = new Label(), gen = new Label();
            callHandler(pc, h, UnpackSequenceHandler.class, "unpack", "(" + OBJ_D + ")" + OBJ_D, d - 1);
            mv.visitVarInsn(ASTORE, TMP);
            mv.visitVarInsn(ALOAD, TMP);
            mv.visitTypeInsn(INSTANCEOF, "[" + OBJ_D);
            mv.visitJumpInsn(IFEQ, miss);
            mv.visitVarInsn(ALOAD, TMP);
            mv.visitTypeInsn(CHECKCAST, "[" + OBJ_D);
            mv.visitInsn(ARRAYLENGTH);
            push(n);
            mv.visitJumpInsn(IF_ICMPLT, miss);
            hit(pc);
            mv.visitJumpInsn(GOTO, spread);
            slowPaths(pc, h, miss, gen, n);
            tick(pc, n, d - 1);
            generic.run();
        }
        mv.visitLabel(spread);
        // the first item ends on top
        for (int k = 0; k < n; k++) {
            mv.visitVarInsn(ALOAD, TMP);
            mv.visitTypeInsn(CHECKCAST, "[" + OBJ_D);
            push(k);
            mv.visitInsn(AALOAD);
            store(d - 1 + n - 1 - k);
        }
    }

    // ------------------------------------------------------------------ sites

    /** Pushes the handler and the operands, and calls it inside the site's fault-containing range. */
    private void callHandler(int pc, SpecializedOp h, Class<?> iface, String method, String desc, int... operands) {
        getConstant(handlerField(pc, h, iface));
        for (int j : operands) load(j);
        mv.visitLabel(siteStart[pc]);
        mv.visitMethodInsn(INVOKEINTERFACE, Type.getInternalName(iface), method, desc, true);
        mv.visitLabel(siteEnd[pc]);
    }

    private String handlerField(int pc, SpecializedOp h, Class<?> iface) {
        constant("S" + pc, SITE_D, code.sites[pc]);
        return constant("H" + pc, Type.getDescriptor(iface), h);
    }

    /**
     * Jumps to miss unless TMP holds a usable result (not MISS, not null). Inline, not a helper
     * call: in a large function every call C2 must inline spends its inlining budget, and a
     * helper here cost nbody's handlers their inlining (program-thread CPU 1.34 -> 1.95 s).
     */
    private void usableOrMiss(Label miss) {
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitFieldInsn(GETSTATIC, Type.getInternalName(SpecializedOp.class), "MISS", OBJ_D);
        mv.visitJumpInsn(IF_ACMPEQ, miss);
        mv.visitVarInsn(ALOAD, TMP);
        mv.visitJumpInsn(IFNULL, miss);
    }

    private void hit(int pc) {
        getConstant("S" + pc);
        mv.visitMethodInsn(INVOKESTATIC, SPECIALIZED, "hit", "(" + SITE_D + ")V", false);
    }

    /**
     * The site's slow paths, ending at gen where the caller emits what the interpreter's adaptive
     * case does (count the execution, run the generic operation): miss (the result in TMP counted
     * as a miss or a fault) and the handler's exception (contained: a Python exception is
     * rethrown, a plugin fault runs the generic operation).
     */
    private void slowPaths(int pc, SpecializedOp h, Label miss, Label gen, int n) {
        String cc = "L" + Type.getInternalName(CompiledCode.class) + ";";
        mv.visitLabel(miss);
        mv.visitVarInsn(ALOAD, THIS);
        push(pc);
        mv.visitVarInsn(ALOAD, TMP);
        push(n);
        support("rejected", "(" + cc + "I" + OBJ_D + "I)V");
        mv.visitJumpInsn(GOTO, gen);
        mv.visitLabel(siteCatch[pc]);
        mv.visitVarInsn(ASTORE, EXC);
        mv.visitVarInsn(ALOAD, THIS);
        push(pc);
        mv.visitVarInsn(ALOAD, EXC);
        support("contain", "(" + cc + "I" + OBJ_D + ")V");
        mv.visitLabel(gen);
    }

    /** An adaptive site counts its execution (when some specializer serves its family), with the interpreter's {@code tick}. */
    private void tick(int pc, int arg, int... operands) {
        AdaptiveSite s = code.sites[pc];
        if (s == null || !counts(s.family)) return;
        tickPrefix(pc, arg);
        for (int j : operands) load(j);
        String desc = operands.length == 1 ? TICK1 : operands.length == 2 ? TICK2 : TICK3;
        mv.visitMethodInsn(INVOKESTATIC, INTERPRETER, "tick", desc, false);
    }

    private void tickPrefix(int pc, int arg) {
        getConstant("AD");
        getConstant("CODE");
        getConstant(constant("S" + pc, SITE_D, code.sites[pc]));
        push(arg);
    }

    // ------------------------------------------------------------------ exits and helpers

    /** The label of a stub that leaves to the interpreter at instruction pc. */
    private Label exitTo(int pc) {
        if (exitStub[pc] == null) exitStub[pc] = new Label();
        return exitStub[pc];
    }

    private void exitHere(int pc) {
        push(pc);
        mv.visitVarInsn(ISTORE, PC);
        mv.visitJumpInsn(GOTO, exitCommon);
    }

    private int local(int i) {
        return FIRST_VAR + i;
    }

    private int slot(int j) {
        return FIRST_VAR + nlocals + j;
    }

    private void load(int j) {
        mv.visitVarInsn(ALOAD, slot(j));
    }

    private void store(int j) {
        mv.visitVarInsn(ASTORE, slot(j));
    }

    private void support(String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, name, desc, false);
    }

    private void getPyNone() {
        mv.visitFieldInsn(GETSTATIC, Type.getInternalName(Py.class), "None", Type.getDescriptor(Py.NoneType.class));
    }

    /** Declares a static final field holding value (once per name); returns the name. */
    private String constant(String name, String type, Object value) {
        if (!fieldNames.contains(name)) {
            fieldNames.add(name);
            fieldTypes.add(type);
            fieldValues.add(value);
        }
        return name;
    }

    private void getConstant(String name) {
        mv.visitFieldInsn(GETSTATIC, CLASS, name, fieldTypes.get(fieldNames.indexOf(name)));
    }

    private void push(int v) {
        push(mv, v);
    }

    private static void push(MethodVisitor m, int v) {
        if (v >= -1 && v <= 5) {
            m.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            m.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            m.visitIntInsn(SIPUSH, v);
        } else {
            m.visitLdcInsn(v);
        }
    }
}
