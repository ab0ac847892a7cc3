package org.parley.cli;

import org.parley.store.StoreOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley validate}: checks every graph of the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check every graph of the store against the SHACL shapes.")
public class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    private final StoreOperations operations;

    public ValidateCommand(StoreOperations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        List<String> violations = operations.validate();
        violations.forEach(System.out::println);
        System.err.println("parley: " + (violations.isEmpty() ? "the store conforms to the shapes"
                : violations.size() + " violation(s)"));
        return violations.isEmpty() ? 0 : UserErrors.FAILED;
    }
}
