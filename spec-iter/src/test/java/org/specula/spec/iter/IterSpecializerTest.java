package org.specula.spec.iter;

import org.junit.jupiter.api.Test;
import org.specula.api.spi.Family;
import org.specula.api.spi.Specialization;
import org.specula.api.spi.Specializer;
import org.specula.core.runtime.Iterators;
import org.specula.core.runtime.Ops;
import org.specula.core.runtime.PyDict;
import org.specula.core.runtime.PyList;
import org.specula.core.runtime.PyTuple;

import java.util.ServiceLoader;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which handler the specializer offers for which operand, and its reasons for declining. */
class IterSpecializerTest {
    private final IterSpecializer iter = new IterSpecializer();

    private String offered(Family family, int oparg, Object operand) {
        Specialization s = iter.specialize(new Site(family, oparg, operand));
        return s.succeeded() ? s.handler().name() : "fail: " + s.reason();
    }

    @Test
    void describesItself() {
        assertEquals("iter", iter.id());
        assertEquals(Set.of(Family.FOR_ITER, Family.UNPACK_SEQUENCE), iter.families());
        assertEquals(Specializer.SPI_VERSION, iter.spiVersion());
    }

    @Test
    void isRegisteredForServiceLoader() {
        boolean found = false;
        for (Specializer s : ServiceLoader.load(Specializer.class)) found |= s instanceof IterSpecializer;
        assertTrue(found, "META-INF/services does not name IterSpecializer");
    }

    @Test
    void forIterOnTheExactIteratorKind() {
        assertEquals("FOR_ITER_RANGE", offered(Family.FOR_ITER, 0, new Iterators.RangeIter(0, 1, 5)));
        assertEquals("FOR_ITER_LIST", offered(Family.FOR_ITER, 0, Ops.iter(new PyList())));
        assertEquals("FOR_ITER_TUPLE", offered(Family.FOR_ITER, 0, Ops.iter(new PyTuple(1L))));
        assertEquals("fail: iterator not range, list or tuple", offered(Family.FOR_ITER, 0, Ops.iter("abc")));
        assertEquals("fail: iterator not range, list or tuple", offered(Family.FOR_ITER, 0, Ops.iter(new PyDict())));
    }

    @Test
    void forIterDoesNotAdvanceTheIterator() {
        Object it = Ops.iter(new PyList(new Object[] {7L}));
        offered(Family.FOR_ITER, 0, it);
        assertEquals(7L, Ops.next(it));
    }

    @Test
    void unpackOnExactLength() {
        assertEquals("UNPACK_SEQUENCE_TWO_TUPLE", offered(Family.UNPACK_SEQUENCE, 2, new PyTuple(1L, 2L)));
        assertEquals("UNPACK_SEQUENCE_TUPLE", offered(Family.UNPACK_SEQUENCE, 3, new PyTuple(1L, 2L, 3L)));
        assertEquals("UNPACK_SEQUENCE_TUPLE", offered(Family.UNPACK_SEQUENCE, 1, new PyTuple(1L)));
        assertEquals("UNPACK_SEQUENCE_LIST", offered(Family.UNPACK_SEQUENCE, 2, new PyList(new Object[] {1L, 2L})));
        assertEquals("UNPACK_SEQUENCE_LIST", offered(Family.UNPACK_SEQUENCE, 4, new PyList(new Object[] {1L, 2L, 3L, 4L})));
    }

    @Test
    void unpackDeclinesWrongLengthsAndOtherSequences() {
        assertEquals("fail: wrong length", offered(Family.UNPACK_SEQUENCE, 2, new PyTuple(1L, 2L, 3L)));
        assertEquals("fail: wrong length", offered(Family.UNPACK_SEQUENCE, 3, new PyList(new Object[] {1L, 2L})));
        assertEquals("fail: not an exact tuple or list", offered(Family.UNPACK_SEQUENCE, 2, "ab"));
        assertEquals("fail: not an exact tuple or list", offered(Family.UNPACK_SEQUENCE, 2, new PyDict()));
    }

    @Test
    void theSiteLengthIsCachedInTheHandler() {
        Specialization s = iter.specialize(new Site(Family.UNPACK_SEQUENCE, 3, new PyList(new Object[] {1L, 2L, 3L})));
        UnpackSequenceList h = assertInstanceOf(UnpackSequenceList.class, s.handler());
        assertFalse(h.unpack(new PyList(new Object[] {1L, 2L, 3L})) == UnpackSequenceList.MISS);
        assertEquals(UnpackSequenceList.MISS, h.unpack(new PyList(new Object[] {1L, 2L})));
    }

    @Test
    void declinesFamiliesItDoesNotServe() {
        assertEquals("fail: family not served", offered(Family.BINARY_OP, 0, 1L));
    }
}
