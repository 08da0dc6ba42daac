package org.specula.spec.iter;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.UnpackSequenceHandler;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyTuple;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The UNPACK_SEQUENCE handlers: the items in order for the exact length, MISS otherwise. */
class UnpackSequenceHandlersTest {
    private static Object[] items(Object r) {
        if (!(r instanceof Object[] a)) throw new AssertionError("not an array: " + r);
        return a;
    }

    @Test
    void twoTupleGivesBothItems() {
        assertArrayEquals(new Object[] {1L, "b"}, items(UnpackSequenceTwoTuple.INSTANCE.unpack(new PyTuple(1L, "b"))));
    }

    @Test
    void twoTupleMissesOnOtherLengthsAndKinds() {
        UnpackSequenceHandler h = UnpackSequenceTwoTuple.INSTANCE;
        for (Object other : List.of(new PyTuple(), new PyTuple(1L), new PyTuple(1L, 2L, 3L),
                new PyList(new Object[] {1L, 2L}), "ab")) {
            assertSame(UnpackSequenceHandler.MISS, h.unpack(other), String.valueOf(other));
        }
    }

    @Test
    void tupleOfTheSiteLength() {
        UnpackSequenceTuple h = new UnpackSequenceTuple(3);
        assertArrayEquals(new Object[] {1L, 2.0, "c"}, items(h.unpack(new PyTuple(1L, 2.0, "c"))));
        assertSame(UnpackSequenceHandler.MISS, h.unpack(new PyTuple(1L, 2L)));
        assertSame(UnpackSequenceHandler.MISS, h.unpack(new PyTuple(1L, 2L, 3L, 4L)));
        assertSame(UnpackSequenceHandler.MISS, h.unpack(new PyList(new Object[] {1L, 2L, 3L})));
        assertEquals("UNPACK_SEQUENCE_TUPLE", h.name());
    }

    @Test
    void listOfTheSiteLengthIsCopiedNotShared() {
        UnpackSequenceList h = new UnpackSequenceList(2);
        PyList list = new PyList(new Object[] {"x", "y"});
        Object[] got = items(h.unpack(list));
        assertArrayEquals(new Object[] {"x", "y"}, got);
        list.set(0, "z");
        assertEquals("x", got[0]);
        assertEquals("UNPACK_SEQUENCE_LIST", h.name());
    }

    @Test
    void listMissesOnOtherLengthsAndKinds() {
        UnpackSequenceList h = new UnpackSequenceList(2);
        PyList growing = new PyList(new Object[] {1L, 2L});
        growing.append(3L);
        for (Object other : List.of(new PyList(new Object[] {1L}), growing, new PyTuple(1L, 2L), "ab")) {
            assertSame(UnpackSequenceHandler.MISS, h.unpack(other), String.valueOf(other));
        }
    }
}
