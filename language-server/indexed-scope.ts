// A scope that finds a name by lookup instead of by walking a list. Langium's
// local scopes walk every symbol of the container on each reference: in a
// journey of 10,000 touchpoints, each `in`, `via` or `owner` line walked them
// all, which made linking quadratic in the journey's size.
import { stream, type AstNodeDescription, type Scope, type Stream } from 'langium';

/** The symbols of one container, of one reference type, by name (the first of a name wins, as in Langium's scopes). */
export class SymbolIndex {
    private readonly byName = new Map<string, AstNodeDescription[]>();

    constructor(readonly all: readonly AstNodeDescription[]) {
        for (const description of all) {
            const same = this.byName.get(description.name);
            if (same) same.push(description);
            else this.byName.set(description.name, [description]);
        }
    }

    named(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
    }
}

export class IndexedScope implements Scope {
    constructor(private readonly index: SymbolIndex, private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.named(name)[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.named(name)).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.index.all).concat(this.outer.getAllElements());
    }
}

/** A scope made only when first asked: most references resolve inside their own file, before the imports are looked at. */
export class LazyScope implements Scope {
    private made?: Scope;

    constructor(private readonly make: () => Scope) {}

    private get scope(): Scope {
        return this.made ??= this.make();
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.scope.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.scope.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.scope.getAllElements();
    }
}
