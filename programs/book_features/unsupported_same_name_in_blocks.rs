fn one() -> i32 {
    fn helper() -> i32 {
        1
    }
    helper()
}

fn two() -> i32 {
    fn helper() -> i32 { //~ ERROR not supported by rustle
        2
    }
    helper()
}

fn main() {
    println!("{}", one() + two());
}
