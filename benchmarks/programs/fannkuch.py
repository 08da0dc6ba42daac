# fannkuch-redux: for every permutation of 1..n count the prefix reversals ("pancake flips")
# until 1 comes first; report the maximum and a signed checksum.
# Exercises list slicing and slice assignment, list.reverse-free in-place swaps, int compares,
# while loops and index arithmetic on small lists.
# Should benefit from: BINARY_SUBSCR / STORE_SUBSCR (list by int, slices), COMPARE_OP (int),
# BINARY_OP (int add/sub), CALL (builtin list).
import sys

SIZES = {"full": [9, 9, 8, 8, 8], "tiny": [6]}  # boards to solve


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    perm_count = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            # reverse perm[0..k] in place
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        perm_count += 1
        # next permutation in the counting order
        while True:
            if r == n:
                return max_flips, checksum, perm_count
            first = perm1[0]
            perm1[0:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    total = 0
    for n in SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]:
        max_flips, checksum, perms = fannkuch(n)
        total = total * 1000003 + checksum * 1000 + max_flips
    print("Pfannkuchen(%d) = %d over %d permutations" % (n, max_flips, perms))
    print("checksum:", total)


main()
