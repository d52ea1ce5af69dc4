// A boxed `dyn Fn` holds what its closure borrows, and calling it through a place (`fs[0]()`) uses
// those borrows.
fn main() {
    let f: Box<dyn Fn() -> i32>;
    {
        let n = 5;
        f = Box::new(|| n + 1); //~ ERROR E0597
    }
    println!("{}", f());
    let mut fs: Vec<Box<dyn Fn() -> i32>> = Vec::new();
    {
        let m = 5;
        fs.push(Box::new(|| m + 1)); //~ ERROR E0597
    }
    println!("{}", fs[0]());
    let mut ds: Vec<Box<dyn std::fmt::Debug>> = Vec::new();
    {
        let s = String::from("x");
        ds.push(Box::new(&s)); //~ ERROR E0597
    }
    println!("{:?}", ds);
}
