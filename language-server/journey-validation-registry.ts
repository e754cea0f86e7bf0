// Langium's registry wraps every check in two async functions and builds a new
// stream of checks for every node validated: in a 10 MB journey that was
// millions of promises. Here a check that returns nothing runs synchronously,
// and each node type's checks are looked up once. A check that throws is still
// reported as an error at its node, as in Langium.
import { ValidationRegistry, type ValidationCategory, type ValidationCheck } from 'langium';

const isPromiseLike = (value: unknown): value is PromiseLike<void> =>
    typeof (value as PromiseLike<void> | undefined)?.then === 'function';

export class JourneyValidationRegistry extends ValidationRegistry {
    /** Categories (joined) → node type → its checks; cleared whenever a check is registered. */
    private readonly cache = new Map<string, Map<string, readonly ValidationCheck[]>>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept, cancelToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, context, accept, node);
            }
            return isPromiseLike(result) ? this.handleException(() => result as Promise<void>, context, accept, node) : undefined;
        };
    }

    protected override addEntry(...entry: Parameters<ValidationRegistry['addEntry']>): void {
        this.cache.clear();
        super.addEntry(...entry);
    }

    /** The checks of each node type, within the given categories (all when none are given), as getChecks finds them. */
    checksByType(categories?: ValidationCategory[]): (type: string) => readonly ValidationCheck[] {
        const key = categories ? `only ${categories.join(' ')}` : 'all';
        let byType = this.cache.get(key);
        if (!byType) this.cache.set(key, byType = new Map());
        const known = byType;
        return type => {
            let checks = known.get(type);
            if (!checks) known.set(type, checks = this.getChecks(type, categories).toArray());
            return checks;
        };
    }
}
