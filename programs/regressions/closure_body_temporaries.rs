// A closure whose body is an expression, not a block, drops the temporaries of that expression when
// its value is computed (they used to leak: the heap was not empty when main returned).
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: i32) -> D {
    D(n)
}

fn main() {
    let v = vec![1, 2, 3];
    let s = v.iter().fold(String::new(), |acc, x| acc + &x.to_string());
    println!("{}", s);
    let f = |a: String, y: i32| a + &y.to_string();
    println!("{}", f(String::from("b"), 7));
    let h = |y: i32| y.to_string().len();
    println!("{}", h(12345));
    let g = |n: i32| make(n).0 + 1;
    println!("g {}", g(5));
    let lens: Vec<usize> = v.iter().map(|x| format!("<{}>", x).len()).collect();
    println!("{:?}", lens);
}
