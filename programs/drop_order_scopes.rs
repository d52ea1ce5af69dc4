// Drop order: locals in reverse order of declaration, inner scopes first, a struct's own drop
// before its fields (fields in declaration order), Vec elements in index order.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Loud,
    second: Loud,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair (before its fields)");
    }
}

fn main() {
    let _a = Loud("a");
    let _b = Loud("b");
    {
        let _inner = Loud("inner");
        println!("leaving inner scope");
    }
    let _pair = Pair { first: Loud("pair.first"), second: Loud("pair.second") };
    let _v = vec![Loud("v[0]"), Loud("v[1]"), Loud("v[2]")];
    println!("leaving main");
}
