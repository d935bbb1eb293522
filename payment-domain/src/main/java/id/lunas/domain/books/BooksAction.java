package id.lunas.domain.books;

public enum BooksAction {
    CLOSED, REOPENED
}
