fn main() {
    let r;
    {
        let short_lived = 42;
        r = &short_lived;
    }
    println!("{}", r);
}
