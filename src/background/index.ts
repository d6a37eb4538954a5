console.log("bg")
