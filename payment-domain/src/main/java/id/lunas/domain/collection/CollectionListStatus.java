package id.lunas.domain.collection;

/** A collection list is worked on while Open; Completed once the back office closes it. */
public enum CollectionListStatus {
    OPEN, COMPLETED
}
