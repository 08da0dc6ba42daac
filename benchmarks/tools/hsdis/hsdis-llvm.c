/*
 * A small disassembler plugin for HotSpot's -XX:+PrintAssembly, built on LLVM's C disassembler
 * API (llvm-c/Disassembler.h). HotSpot loads a library named hsdis-<arch>.so and calls
 * decode_instructions_virtual for each block of machine code it prints; this one decodes x86-64
 * in Intel syntax and reports each instruction's start and end through the event callback, so
 * HotSpot can interleave its own annotations (bytecode index, source line, inlined method).
 *
 * For diagnosis only: nothing in the build or the tests uses it. See README.md.
 */
#include <stdint.h>
#include <stddef.h>
#include <llvm-c/Disassembler.h>
#include <llvm-c/Target.h>

typedef void* (*event_callback_t)(void* stream, const char* event, void* arg);
typedef int (*printf_callback_t)(void* stream, const char* format, ...);

static LLVMDisasmContextRef disassembler;

static LLVMDisasmContextRef x86_64(void) {
    if (disassembler == NULL) {
        LLVMInitializeX86TargetInfo();
        LLVMInitializeX86TargetMC();
        LLVMInitializeX86Disassembler();
        disassembler = LLVMCreateDisasm("x86_64-pc-linux-gnu", NULL, 0, NULL, NULL);
        if (disassembler != NULL) {
            /* the other variant of the x86 printer: Intel syntax */
            LLVMSetDisasmOptions(disassembler, LLVMDisassembler_Option_AsmPrinterVariant);
        }
    }
    return disassembler;
}

void* decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va,
                                  unsigned char* buffer, uintptr_t length,
                                  event_callback_t event, void* event_stream,
                                  printf_callback_t print, void* print_stream,
                                  const char* options, int newline) {
    (void) options;
    LLVMDisasmContextRef dc = x86_64();
    uintptr_t pc = start_va;
    char text[256];
    while (pc < end_va) {
        uintptr_t offset = pc - start_va;
        event(event_stream, "insn", (void*) pc);
        size_t size = dc == NULL ? 0
                : LLVMDisasmInstruction(dc, buffer + offset, length - offset, pc, text, sizeof text);
        if (size == 0) {
            print(print_stream, "\t(bad)");
            size = 1;
        } else {
            print(print_stream, "%s", text);
        }
        pc += size;
        event(event_stream, "/insn", (void*) pc);
        if (newline) print(print_stream, "\n");
    }
    return (void*) pc;
}
