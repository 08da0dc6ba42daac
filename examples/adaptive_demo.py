# The adaptive interpreter at work, as in the demo of CPython 3.11's release (PEP 659).
#
# feet_to_meters multiplies its argument by a float constant. The first listing is taken after
# 7 calls: the multiplication is still the adaptive BINARY_OP. The 8th call reaches the warm-up
# threshold, the site is specialized for the float operands it sees, and the second listing
# shows BINARY_OP_MULTIPLY_FLOAT.
#
# CPython 3.11 prints (`python3 examples/adaptive_demo.py`) its own quickened forms too:
#
#     3           0 RESUME                   0
#
#     4           2 LOAD_CONST               1 (0.3048)
#                 4 LOAD_FAST                0 (feet)
#                 6 BINARY_OP                5 (*)
#                10 RETURN_VALUE
#
#     3           0 RESUME_QUICK             0
#
#     4           2 LOAD_CONST__LOAD_FAST     1 (0.3048)
#                 4 LOAD_FAST                0 (feet)
#                 6 BINARY_OP_MULTIPLY_FLOAT     5 (*)
#                10 RETURN_VALUE
#
# Specula's listing differs where its bytecode does: it has no RESUME instruction and no
# superinstructions (LOAD_CONST__LOAD_FAST), and keeps a site's state in a side object rather
# than in CACHE entries, so the offsets advance by 2 and the RETURN_VALUE is at 6, not 10. The
# specialization itself, BINARY_OP becoming BINARY_OP_MULTIPLY_FLOAT on the 8th call, is the
# same. With `--no-specialize` (the generic VM) both listings show BINARY_OP. Specula's output
# is examples/adaptive_demo.expected (checked by vm-cli's AdaptiveDemoTest).
import dis


def feet_to_meters(feet):
    return 0.3048 * feet


for feet in range(7):
    feet_to_meters(float(feet))
dis.dis(feet_to_meters, adaptive=True)

print()
feet_to_meters(8.0)
dis.dis(feet_to_meters, adaptive=True)
