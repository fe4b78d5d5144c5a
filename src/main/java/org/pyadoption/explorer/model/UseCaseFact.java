package org.pyadoption.explorer.model;

public record UseCaseFact(UseCase useCase, Provenance provenance) implements Fact {

    @Override
    public String text() {
        return useCase.label();
    }
}
