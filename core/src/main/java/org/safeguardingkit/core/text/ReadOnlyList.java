package org.safeguardingkit.core.text;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over the first {@code size} elements of an array that nothing else writes to any more
 * (internal): the tokens of an analysis are handed out without copying them into another list.
 *
 * @param <E> the element type
 */
final class ReadOnlyList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;
    private final int size;

    ReadOnlyList(E[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
